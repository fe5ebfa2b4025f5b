from home.models.pages import (  # noqa: F401
    CheckerPage,
    ContentPage,
    EventIndexPage,
    EventPage,
    GuidePage,
    HomePage,
    LocationIndexPage,
    PageTranslationStatus,
    PortalPage,
    SectionIndexPage,
    StoryIndexPage,
    StoryPage,
)
from home.models.snippets import Location, MinimumWage, RuleStatement  # noqa: F401
