"""The core's Nexus addresses; extranet/urls.py includes them under the `nexus` namespace."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("profile/", views.edit_profile, name="profile"),
    # The photo of a profile, which the core's pages show as much as the directory's.
    path("people/<int:pk>/photo/", views.person_photo, name="person_photo"),
    path("my-organisation/", views.manage_organisation, name="manage_organisation"),
    path("my-organisation/invite/", views.invite, name="invite"),
    path("my-organisation/people/<int:pk>/role/", views.change_role, name="change_role"),
    path(
        "my-organisation/people/<int:pk>/deactivate/",
        views.deactivate_colleague,
        name="deactivate_colleague",
    ),
    path(
        "my-organisation/invitations/<int:pk>/revoke/",
        views.revoke_invitation,
        name="revoke_invitation",
    ),
    path("search/", views.nexus_search, name="search"),
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/<int:pk>/", views.open_notification, name="open_notification"),
    path("account/data/", views.download_data, name="download_data"),
    path("account/close/", views.close_account, name="close_account"),
]
