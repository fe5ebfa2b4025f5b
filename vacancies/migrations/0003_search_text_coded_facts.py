"""Fill `search_text` again for existing vacancies: it now holds a token per coded fact
(sector, kind, contract, shifts), which a search for the fact's name in any portal language
finds, the azc of the place, and the base forms of the words (vacancies/search_text.py). The
site search index is rebuilt with `manage.py reindex_vacancies`.
"""

from django.db import migrations

from vacancies.search_text import refresh_in_chunks


def refresh_search_text(apps, schema_editor):
    Vacancy = apps.get_model("vacancies", "Vacancy")
    for _batch, _changed in refresh_in_chunks(Vacancy.objects.all()):
        pass


class Migration(migrations.Migration):
    dependencies = [("vacancies", "0002_search_text_index")]

    operations = [migrations.RunPython(refresh_search_text, migrations.RunPython.noop)]
