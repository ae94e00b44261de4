from django.urls import path

from . import views

app_name = "learning"

urlpatterns = [
    path("learning/my/", views.my_learning, name="my-learning"),
    path("learning/certificates/<str:code>/", views.verify_certificate, name="certificate"),
    path("learning/certificates/<str:code>/pdf/", views.certificate_pdf, name="certificate-pdf"),
]
