"""50 residents press "book" for the same talk at the same moment: exactly one gets it.

Each booking is a POST of the real booking form through Django's full middleware stack, from its
own thread with its own database connection, all released at once by a barrier. Prints the time
taken and how the answers were spread; exits non-zero unless there is exactly one booking and
every other answer is the clear "someone else has just booked this time" refusal.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/werkroute .venv/bin/python bench/booking.py
"""

import sys
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PARALLEL = 50


def parallel_bookings(url, count=PARALLEL):
    """POST the booking form at `url` from `count` threads at once, each with its own client
    address and number. Returns (Counter of outcomes, seconds). An outcome is "booked" (a
    redirect to the confirmation), "taken" (the refusal that the slot was just booked) or
    "other: <status>"."""
    from django.db import connection
    from django.test import Client

    from bookings.service import SLOT_TAKEN

    barrier = threading.Barrier(count)
    outcomes = Counter()
    lock = threading.Lock()

    def one(index):
        client = Client()
        data = {"first_name": f"Bewoner {index}", "phone": f"+3161234{index:04d}"}
        try:
            barrier.wait()
            response = client.post(url, data, REMOTE_ADDR=f"10.0.{index // 250}.{index % 250}")
            if response.status_code == 302 and "/bevestiging/" in response["Location"]:
                outcome = "booked"
            elif response.status_code == 409 and str(SLOT_TAKEN) in response.content.decode():
                outcome = "taken"
            else:
                outcome = f"other: {response.status_code}"
        finally:
            connection.close()
        with lock:
            outcomes[outcome] += 1

    threads = [threading.Thread(target=one, args=(index,)) for index in range(count)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes, time.perf_counter() - started


def main():
    import datetime

    from bench.harness import throwaway_database

    with throwaway_database():
        from django.core.management import call_command
        from django.urls import reverse
        from django.utils import timezone
        from django.utils.translation import override

        from bookings.models import Booking, Slot
        from home.models import Location

        call_command("load_demo", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
        desk = Location.objects.filter(locale__language_code="nl").first()
        slot = Slot.objects.create(
            desk=desk, starts_at=timezone.now() + datetime.timedelta(days=30), minutes=30
        )
        with override("ar"):
            url = reverse("bookings:book", args=[desk.translation_key, slot.pk])
        outcomes, seconds = parallel_bookings(url)
        active = Booking.objects.filter(slot=slot, status__in=Booking.ACTIVE).count()
        print(f"{PARALLEL} parallel bookings of one slot in {seconds * 1000:.0f} ms")
        for outcome, number in sorted(outcomes.items()):
            print(f"  {outcome}: {number}")
        print(f"  active bookings of the slot in the database: {active}")
        ok = outcomes == Counter(booked=1, taken=PARALLEL - 1) and active == 1
        print("OK" if ok else "FAILED")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
