from django.urls import path

from . import views

urlpatterns = [
    path("secretariat/profile-changes/", views.review_changes, name="review_changes"),
    path("secretariat/profile-changes/<int:pk>/", views.review_change, name="review_change"),
    path("profile-changes/<int:pk>/logo/", views.proposed_logo, name="proposed_logo"),
]
