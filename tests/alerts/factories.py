"""Factories of e-mail alerts. An alert is confirmed two days ago unless `unconfirmed=True`;
its confirmation secret is `token` (only its hash is stored, as in alerts/models.py)."""

import datetime

import factory

from django.utils import timezone

from alerts.models import Alert, Frequency, new_token, token_hash


class AlertFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"bewoner{n}@example.org")
    search = ""
    language = "nl"
    frequency = Frequency.DAILY
    token_hash = factory.LazyAttribute(lambda alert: token_hash(alert.token))
    confirmed_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=2))

    class Meta:
        model = Alert

    class Params:
        token = factory.LazyFunction(new_token)
        unconfirmed = factory.Trait(confirmed_at=None)
        weekly = factory.Trait(frequency=Frequency.WEEKLY)
