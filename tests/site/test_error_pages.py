"""The 404 and 500 pages speak the language of the address, in all seven languages."""

import pytest
from django.utils import translation

from tests.html_checker import html_errors
from wego_site.views import server_error

# language: (the 404 page's heading, the 500 page's heading)
HEADINGS = {
    "en": ("Page not found", "Something went wrong on our side"),
    "ko": ("페이지를 찾을 수 없습니다", "저희 쪽에 문제가 생겼습니다"),
    "es": ("Página no encontrada", "Algo ha fallado por nuestra parte"),
    "fr": ("Page introuvable", "Un problème est survenu de notre côté"),
    "ru": ("Страница не найдена", "На нашей стороне произошла ошибка"),
    "zh-hans": ("找不到页面", "我们这边出现了问题"),
    "ar": ("الصفحة غير موجودة", "حدث خطأ من جهتنا"),
}


def direction(language):
    return "rtl" if language == "ar" else "ltr"


@pytest.mark.parametrize("language", HEADINGS)
def test_an_unknown_address_gets_the_404_page_in_its_language(client, site_tree, language):
    response = client.get(f"/{language}/does-not-exist/")
    assert response.status_code == 404
    assert f'<html lang="{language}" dir="{direction(language)}">' in response.text
    assert f"<h1>{HEADINGS[language][0]}</h1>" in response.text


@pytest.mark.django_db
@pytest.mark.urls("tests.site.failing_urls")
def test_a_failure_under_ar_gets_the_arabic_500_page_right_to_left(client):
    client.raise_request_exception = False
    response = client.get("/ar/fail/")
    assert response.status_code == 500
    assert '<html lang="ar" dir="rtl">' in response.text
    assert f"<h1>{HEADINGS['ar'][1]}</h1>" in response.text
    assert 'href="/ar/"' in response.text  # back to the Arabic home page


@pytest.mark.django_db
@pytest.mark.parametrize("language", HEADINGS)
def test_the_500_page_follows_the_address_and_reads_no_database(
    rf, django_assert_num_queries, language
):
    # Whatever language the failed request had activated, the address decides.
    with translation.override("ko" if language != "ko" else "en"), django_assert_num_queries(0):
        html = server_error(rf.get(f"/{language}/news/")).content.decode()
    assert f'<html lang="{language}" dir="{direction(language)}">' in html
    assert f"<h1>{HEADINGS[language][1]}</h1>" in html


def test_the_500_page_of_an_address_without_a_language_is_english(rf):
    html = server_error(rf.get("/documents/12/report.pdf")).content.decode()
    assert '<html lang="en" dir="ltr">' in html


def test_the_404_and_500_pages_are_valid_html_in_every_language(client, site_tree, rf, tmp_path):
    documents = {}
    for language in HEADINGS:
        documents[f"404 {language}"] = client.get(f"/{language}/does-not-exist/").text
        documents[f"500 {language}"] = server_error(rf.get(f"/{language}/")).content.decode()
    assert html_errors(documents, tmp_path) == {}
