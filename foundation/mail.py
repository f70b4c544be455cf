"""All the site's mail (Nexus notifications and invitations, sign-in mails, Wagtail's
moderation mails) leaves through the task runner.

`QueuedEmailBackend` is the EMAIL_BACKEND: it puts each message in the queue, to go once the
transaction that wrote it commits. A worker then hands it to EMAIL_DELIVERY_BACKEND (SMTP in
production). A mail server that is down or refuses a message fails that attempt, never the
request that sent the message, and the message is tried again later (tasks.retry_later).

Messages carry secrets (access codes, password-reset and confirmation links): the queue holds
them encrypted with a key derived from SECRET_KEY, so that the task table, its backups and
replicas reveal none of them."""

import base64
import json
import unicodedata

from cryptography.fernet import Fernet, MultiFernet
from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.utils.crypto import salted_hmac
from django_tasks import task

from .tasks import enqueue_after_commit, retry_later

SEALING_SALT = "foundation.mail.queued-message"
# Subjects are often built from what people typed (names, notes); mail programs show about this
# much of one.
SUBJECT_MAX_LENGTH = 200
# Control characters and every kind of space and line or paragraph separator (Unicode
# categories), which become plain spaces in a subject.
LINE_BREAKING = {"Cc", "Zs", "Zl", "Zp"}


def deliver(messages):
    """Hand messages to the real mail backend now; failures are raised, not hidden."""
    for message in messages:
        message.subject = single_line(message.subject)
    with get_connection(settings.EMAIL_DELIVERY_BACKEND) as connection:
        return connection.send_messages(messages)


def single_line(text, max_length=SUBJECT_MAX_LENGTH):
    """The text as one line of at most max_length characters: a header cannot hold a line
    break (the mail library refuses the whole message), nor other control characters."""
    words = "".join(
        " " if unicodedata.category(character) in LINE_BREAKING else character
        for character in str(text)
    ).split()
    line = " ".join(words)
    return line if len(line) <= max_length else line[: max_length - 1].rstrip() + "…"


@task()
def deliver_queued_email(sealed_message, attempt=1):
    try:
        deliver([message_from_data(unseal(sealed_message))])
    except OSError:  # the server unreachable, a timeout, or any SMTPException
        retry_later(deliver_queued_email, attempt, sealed_message)
        raise  # this attempt is recorded as failed, with its traceback


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for message in email_messages:
            enqueue_after_commit(deliver_queued_email, seal(message_to_data(message)))
        return len(email_messages)


def sealer():
    """Encrypts with the current SECRET_KEY; decrypts with it or one of SECRET_KEY_FALLBACKS, so
    that mail queued before a key rotation still leaves."""
    keys = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
    return MultiFernet([Fernet(fernet_key(key)) for key in keys])


def fernet_key(secret):
    digest = salted_hmac(SEALING_SALT, "", secret, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest)


def seal(data):
    return sealer().encrypt(json.dumps(data).encode()).decode("ascii")


def unseal(token):
    return json.loads(sealer().decrypt(token.encode("ascii")))


def message_to_data(message):
    """What the task queue can store of a message (JSON)."""
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "encoding": message.encoding,
        "content_subtype": message.content_subtype,
        "mixed_subtype": message.mixed_subtype,
        "alternative_subtype": getattr(message, "alternative_subtype", "alternative"),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": {name: str(value) for name, value in message.extra_headers.items()},
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": [attachment_to_data(attachment) for attachment in message.attachments],
    }


def attachment_to_data(attachment):
    filename, content, mimetype = attachment
    if isinstance(content, str):
        return {"filename": filename, "text": content, "mimetype": mimetype}
    encoded = base64.b64encode(content).decode("ascii")
    return {"filename": filename, "base64": encoded, "mimetype": mimetype}


def message_from_data(data):
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[tuple(alternative) for alternative in data["alternatives"]],
    )
    message.encoding = data["encoding"]
    message.content_subtype = data["content_subtype"]
    message.mixed_subtype = data["mixed_subtype"]
    message.alternative_subtype = data["alternative_subtype"]
    for attachment in data["attachments"]:
        if "text" in attachment:
            message.attach(attachment["filename"], attachment["text"], attachment["mimetype"])
        else:
            content = base64.b64decode(attachment["base64"])
            message.attach(attachment["filename"], content, attachment["mimetype"])
    return message
