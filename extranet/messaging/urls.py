from django.urls import path

from . import views

urlpatterns = [
    path("messages/", views.inbox, name="messages"),
    path("messages/new/", views.compose, name="compose"),
    path("messages/<int:pk>/", views.conversation, name="conversation"),
    path("messages/<int:pk>/settings/", views.conversation_action, name="conversation_action"),
    path("messages/<int:pk>/people/", views.add_participants, name="add_participants"),
    path("messages/attachments/<int:pk>/", views.attachment, name="message_attachment"),
    path("messages/lists/", views.recipient_lists, name="recipient_lists"),
    path("messages/lists/new/", views.create_list, name="create_list"),
    path("messages/lists/<int:pk>/", views.recipient_list, name="recipient_list"),
    path("messages/lists/<int:pk>/edit/", views.edit_list, name="edit_list"),
    path("messages/lists/<int:pk>/delete/", views.delete_list, name="delete_list"),
    path("messages/lists/secretariat/<int:pk>/", views.secretariat_list, name="secretariat_list"),
    path("messages/broadcasts/", views.broadcasts, name="broadcasts"),
    path("messages/broadcasts/new/", views.new_broadcast, name="new_broadcast"),
    path("messages/report/<int:pk>/", views.report_message, name="report_message"),
    path("messages/block/<int:pk>/", views.block_person, name="block_person"),
    path("messages/blocked/", views.blocked_people, name="blocked_people"),
]
