from django.urls import path

from . import views

urlpatterns = [
    path("groups/", views.groups, name="groups"),
    path("groups/new/", views.create_group, name="create_group"),
    path("groups/<str:slug>/", views.group, name="group"),
    path("groups/<str:slug>/image/", views.group_image, name="group_image"),
    path(
        "groups/<str:slug>/attachments/<int:pk>/",
        views.post_attachment,
        name="group_post_attachment",
    ),
    path("groups/<str:slug>/files/", views.group_files, name="group_files"),
    path("groups/<str:slug>/edit/", views.edit_group, name="edit_group"),
    path("groups/<str:slug>/members/", views.group_members, name="group_members"),
    path("groups/<str:slug>/join/", views.join_group, name="join_group"),
    path("groups/<str:slug>/decline/", views.decline_invitation, name="decline_group_invitation"),
    path("groups/<str:slug>/leave/", views.leave_group, name="leave_group"),
    path("groups/<str:slug>/invite/", views.invite_to_group, name="invite_to_group"),
    path(
        "groups/<str:slug>/members/<int:pk>/",
        views.change_membership,
        name="change_group_membership",
    ),
    path(
        "groups/<str:slug>/requests/<int:pk>/",
        views.decide_join_request,
        name="decide_join_request",
    ),
    path("groups/<str:slug>/posts/<int:pk>/edit/", views.edit_post, name="edit_group_post"),
    path("groups/<str:slug>/posts/<int:pk>/delete/", views.delete_post, name="delete_group_post"),
    path("groups/<str:slug>/posts/<int:pk>/pin/", views.pin_post, name="pin_group_post"),
    path(
        "groups/<str:slug>/posts/<int:pk>/comments/",
        views.add_comment,
        name="add_group_comment",
    ),
    path(
        "groups/<str:slug>/comments/<int:pk>/delete/",
        views.delete_comment,
        name="delete_group_comment",
    ),
]
