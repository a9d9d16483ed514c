namespace Intake.Functions.Tests.Pages;

/// <summary>Fills in a form page the way a person in a browser without JavaScript does, and posts what the browser would.</summary>
public static class BrowserForm
{
    /// <summary>Every text field (empty ones too, as browsers send them), the chosen radios and checkboxes. Fails if an
    /// answer names a field or an option the page does not have: the page's names must be the API's.</summary>
    public static List<KeyValuePair<string, string>> Fill(HtmlElement page, Dictionary<string, string[]> answers)
    {
        var form = page.ById("intake-form") ?? throw new InvalidOperationException("No form on the page.");
        var controls = form.Descendants().Where(e => e.Name is "input" or "textarea" && e["name"] is not null).ToList();
        foreach (var (name, values) in answers)
        {
            var named = controls.Where(c => c["name"] == name).ToList();
            Assert.True(named.Count > 0, $"the form has no field named {name}");
            if (named[0]["type"] is "radio" or "checkbox")
            {
                Assert.All(values, v => Assert.True(named.Any(c => c["value"] == v), $"{name} has no option {v}"));
            }
        }

        var posted = new List<KeyValuePair<string, string>>();
        foreach (var control in controls)
        {
            var name = control["name"]!;
            var given = answers.TryGetValue(name, out var v) ? v : [];
            if (control["type"] is "radio" or "checkbox")
            {
                if (given.Contains(control["value"]))
                {
                    posted.Add(new(name, control["value"]!));
                }
            }
            else if (control["type"] is "hidden")
            {
                posted.Add(new(name, given.FirstOrDefault() ?? control["value"] ?? string.Empty));
            }
            else
            {
                posted.Add(new(name, given.FirstOrDefault() ?? string.Empty));
            }
        }

        return posted;
    }

    public static HttpRequestMessage Post(string path, IEnumerable<KeyValuePair<string, string>> fields, string site = "same-origin")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Sec-Fetch-Site", site);
        return request;
    }
}
