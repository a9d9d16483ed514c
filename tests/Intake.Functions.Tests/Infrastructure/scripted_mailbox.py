"""aiosmtpd's Maildir handler, plus status codes on request for tests of how a sender reads them.

An address <command>-<code>@status.test is answered with <code> when it reaches that command: "rcpt-550@status.test"
as a recipient is refused at RCPT TO, "data-554@status.test" as a recipient is accepted and the message refused after
DATA, "mail-550@status.test" as the sender is refused at MAIL FROM. Every other message is stored as Mailbox does.
"""
from aiosmtpd.handlers import Mailbox

DOMAIN = "status.test"


def scripted(address, command):
    local, _, domain = address.partition("@")
    verb, _, code = local.partition("-")
    if domain.lower() == DOMAIN and verb.lower() == command and len(code) == 3 and code.isdigit():
        return f"{code} {code[0]}.0.0 Scripted answer to {command.upper()}"
    return None


class ScriptedMailbox(Mailbox):
    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        status = scripted(address, "mail")
        if status:
            return status
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        status = scripted(address, "rcpt")
        if status:
            return status
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        for address in envelope.rcpt_tos:
            status = scripted(address, "data")
            if status:
                return status
        return await super().handle_DATA(server, session, envelope)
