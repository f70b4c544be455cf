from django.urls import path

from . import views

urlpatterns = [
    path("events/", views.events, name="events"),
    path("events/<int:pk>/", views.event, name="event"),
    path("events/<int:pk>/colleagues/", views.add_colleague, name="add_event_colleague"),
]

# Calendars and reminders
urlpatterns += [
    path("events/<int:pk>/calendar.ics", views.event_calendar, name="event_calendar"),
    path("events/settings/", views.event_settings, name="event_settings"),
    path("events/settings/new-feed-address/", views.renew_event_feed, name="renew_event_feed"),
    # Opened by calendar programs, without a session: the secret token is the key.
    path("events/feed/<str:token>.ics", views.event_feed, name="event_feed"),
]
