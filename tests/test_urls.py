from tasks.urls import canonical_url, url_key


def test_canonical_url_folds_tracking_amp_and_mobile_hosts():
    assert canonical_url("https://m.example.com/a/story.html?utm_source=x&id=3#top") == \
        "https://www.example.com/a/story.html?id=3"
    assert canonical_url("https://example.com/story/amp/") == "https://example.com/story/"
    assert canonical_url("HTTPS://Example.com:443/x?fbclid=1") == "https://example.com/x"


def test_canonical_url_folds_more_tracking_parameters_and_keeps_the_others_sorted():
    url = ("https://www.example.com/world/story?CMP=share_btn_tw&ito=792&xtor=RSS-1&ns_mchannel=social&_ga=2.1"
           "&mc_cid=9&outputType=amp&page=2&id=7")
    assert canonical_url(url) == "https://www.example.com/world/story?id=7&page=2"


def test_canonical_url_unwraps_amp_pages_and_the_google_amp_cache():
    assert canonical_url("https://www.example.com/news/story.amp.html") == "https://www.example.com/news/story.html"
    assert canonical_url("https://www.example.com/amp/news/story") == "https://www.example.com/news/story"
    assert canonical_url("https://www.example.com/news/story?amp=1") == "https://www.example.com/news/story"
    assert canonical_url("https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story") == \
        "https://www.example.com/news/story"
    assert canonical_url("https://amp.example.com/news/story") == "https://www.example.com/news/story"
    assert canonical_url("https://mobile.example.com/news/story") == "https://www.example.com/news/story"


def test_canonical_url_keeps_scheme_port_and_trailing_slash_so_article_ids_stay_stable():
    for url in ("http://127.0.0.1:8000/tigris/2026/03/10/diyala.html", "https://dailyledger.example/2026/03/02/story/",
                "https://news.example.com/national/story-123"):
        assert canonical_url(url) == url
        assert canonical_url(canonical_url(url)) == canonical_url(url)
    assert canonical_url("https://Example.COM./x") == "https://example.com/x"


def test_url_key_matches_the_same_page_through_scheme_www_trailing_slash_and_index_page():
    page = url_key("https://www.example.com/2026/03/02/story/")
    for other in ("http://example.com/2026/03/02/story", "https://m.example.com/2026/03/02/story/?utm_medium=social",
                  "https://example.com/2026/03/02/story/index.html", "https://www.example.com/2026/03/02/story/amp/"):
        assert url_key(other) == page, other


def test_url_key_keeps_different_pages_and_meaningful_parameters_apart():
    assert url_key("https://example.com/story-1") != url_key("https://example.com/story-2")
    assert url_key("https://example.com/story?id=1") != url_key("https://example.com/story?id=2")
    assert url_key("https://example.com/story") != url_key("https://example.org/story")
