using Azure.Core;
using Intake.Functions.Storage;
using Xunit;

namespace Intake.Functions.Tests.Storage;

public sealed class StorageClientOptionsTests
{
    [Fact]
    public void Defaults_BothClients_RetryExponentiallyWithTenSecondNetworkTimeout()
    {
        foreach (RetryOptions retry in new[] { new TableStorageClientOptions().Retry, new QueueStorageClientOptions().Retry })
        {
            Assert.Equal(RetryMode.Exponential, retry.Mode);
            Assert.Equal(3, retry.MaxRetries);
            Assert.Equal(TimeSpan.FromSeconds(10), retry.NetworkTimeout);
        }

        Assert.Equal(QueueMessageEncoding.Base64, new QueueStorageClientOptions().MessageEncoding);
    }
}
