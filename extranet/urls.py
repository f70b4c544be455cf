from django.urls import path

from . import views

app_name = "nexus"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("profile/", views.edit_profile, name="profile"),
    path("people/", views.people, name="people"),
    path("people/<int:pk>/", views.person, name="person"),
    path("people/<int:pk>/photo/", views.person_photo, name="person_photo"),
    path("organisations/", views.organisations, name="organisations"),
    path("organisations/<slug:slug>/", views.organisation, name="organisation"),
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
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/<int:pk>/", views.open_notification, name="open_notification"),
    path("secretariat/profile-changes/", views.review_changes, name="review_changes"),
    path("secretariat/profile-changes/<int:pk>/", views.review_change, name="review_change"),
    path("profile-changes/<int:pk>/logo/", views.proposed_logo, name="proposed_logo"),
    path("account/data/", views.download_data, name="download_data"),
    path("account/close/", views.close_account, name="close_account"),
]
