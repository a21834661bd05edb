"""Review 13 (150 scraped US news texts): the furniture of a news site's page, its picture captions, and what is
no standfirst, left in the body, made section headings or taken as the dek."""

from __future__ import annotations

import pytest

from generator.content.extract import extract
from generator.content.read import normalise
from generator.content.structure import boilerplate_rule
from generator.model import RawFile


def raw(text: str) -> RawFile:
    return RawFile(path="x.txt", id="00000000deadbeef", id_evidence="test", sha256="0", text=normalise(text), encoding="utf-8", size=len(text))


@pytest.mark.parametrize("line, rule", [
    ("Listen 9 min Comment on this story Comment Gift Article Share", "share buttons"), ("GiftOutline Gift Article", "share buttons"),
    ("A cluster of crocus flowers blooms in the garden. (John J. Kim / Chicago Tribune)", "photo credit"),
    ("Canister placed inside the capsule. Credit: NASA/GSFC/Univ. of Arizona/Lockheed Martin", "photo credit"),
    ("Peoples Democratic Party (PDP) President Mehbooba Mufti. File. | Photo Credit: PTI", "photo credit"),
    ("‘Sweet, tangy and slightly synthetic’ … Ammar’s verdict on Heinz. Photographs: Linda Nylind/The Guardian", "photo credit"),
    ("Image Credit: Illumina", "photo credit"), ("Illustration:Jianan Liu/HuffPost Photo:Getty Images", "photo credit"),
    ("Coinbase stock one-year price chart. Source: TradingView", "photo credit"),
    ("The good news is that grip strength is something you can actively improve (Source: Freepik)", "photo credit"),
    ("Unemployment rose to 5% in March (Source: RBI).", None), ("Unemployment rose. It hit 5% in March (Source: RBI)", None),
    ("The Kia Carnival is only model of cars facing a recall. Alamy Stock Photo", "photo credit"),
    ("FG Trade via Getty Images", "photo caption"), ("PixelsEffect via Getty Images Diabetics may need Ozempic to manage it.", "photo caption"),
    ("Enlarge this image toggle caption Trent Nelson/AP Trent Nelson/AP", "photo caption"),
    ("Copyright © 2023 NPR. All rights reserved. Visit our website terms of use at www.npr.org for further information.", "copyright"),
    ("The-CNN-Wire ™ & © 2023 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved.", "copyright"),
    ("Are you excited to see the new movie? Share your thoughts with us in the comments below!", "comment prompt"),
    ("More on plastics: Pollution Is Shrinking Human Penises, Warns Famous Environmentalist", "related link"),
    ("More:Berry parfait featuring Greek yogurt is a sweet way to get more fruit into your diet", "related link"),
    ("Magazine: Best and worst countries for crypto taxes — Plus crypto tax tips", "related link"),
    ("Sports Full coverage: 2023 NCAA basketball tournament March Madness is upon us.", "related link"),
    ("00:28 Felicity Cloake tries a chip butty – video", "video title"),
    ("A note to our readers We are a participant in the Amazon Services LLC Associates Program, an affiliate program.", "affiliate notice"),
    # what a story writes stays
    ("He shared the news via AP and Reuters on Monday.", None), ("The data came from the census. Source: the Census Bureau said so.", None),
    ("More people than ever voted: 60% of them.", None), ("Share prices rose and comments were muted.", None),
    ("The poll (Democrats / Republicans) split evenly.", None), ("Copyright law was the subject, he said.", None),
    ("She was given credit: the award went to her.", None), ("He said the meeting ran until 10:30 and then a video played", None),
])
def test_a_news_sites_page_furniture_is_boilerplate(line, rule):
    assert boilerplate_rule(line) == rule


def test_a_link_marker_is_cut_from_its_sentence():
    article = extract(raw("How to watch\n\nFlobikes (opens in new tab) is your port of call for live coverage of the race."))
    assert article.blocks[0].text == "Flobikes is your port of call for live coverage of the race."
    assert [(r.rule, r.text) for r in article.removed] == [("link marker", "(opens in new tab)")]


def test_a_share_bar_or_a_caption_under_the_headline_is_no_dek():
    for furniture in ("Listen 9 min Comment on this story Comment Gift Article Share", "FG Trade via Getty Images",
                      "Spring growth is weeks ahead of where it would normally be. (John J. Kim / Chicago Tribune)"):
        article = extract(raw(f"Chicago had a warm winter\n\n{furniture}\n\nIt’s no secret that Chicago had a mild winter, but now the data is in."))
        assert article.dek.value is None and [r.text for r in article.removed] == [furniture]


@pytest.mark.parametrize("under_the_headline, rest", [
    ("TL;DR:", "Prince William appeared “openly smitten” with a child at an event, according to an expert."),
    ("Becoming an entrepreneur can be rewarding. Here are some things to consider before taking the leap:", "Risk: there is no guarantee."),
    ("We heard yesterday about WA graziers offloading stock with the dry conditions,", "and the trend is also starting to appear in the Mallee."),
    ("Varanasi: police in Mau district arrested a criminal who was absconding for five\nyears. Acting on a tip-off, STF arrested him.", ""),
    ("With Coinbase on the verge of a court battle, the firm said the U.S. has “left a vacuum that other countries are eager to fill.“", "The SEC issued a notice."),
    ("‘Bananas are mushy, musty and alarmingly yellow’", "It’s not because they look phallic, OK? I like cucumbers!\n\n‘Oysters are terrifying’\n\n"
     "I have always found oysters a bit terrifying, she wrote, and so on.\n\n‘Tripe is a texture too far’\n\nThe tripe arrived in a bowl, grey and glistening."),
])
def test_what_has_no_standfirsts_shape_stays_in_the_body(under_the_headline, rest):
    """Review 13: a label, the lede's opening or the lede, and the first of ten section headings were deks."""
    article = extract(raw(f"The headline of the story\n\n{under_the_headline}\n\n{rest}"))
    assert article.dek.value is None
    assert under_the_headline.split("\n")[0] in article.blocks[0].text


def test_a_standfirst_stays_the_dek():
    article = extract(raw("Japan turns to beer alternatives\n\nJapanese brewers are increasingly making money from beer-flavoured drinks"
                          "\n\nBeer and spirits are heavily taxed in Japan, driving breweries to search for alternatives."))
    assert article.dek.value == "Japanese brewers are increasingly making money from beer-flavoured drinks"


def test_a_byline_without_by_under_the_headline_names_the_authors():
    """Review 13 and the Indian corpus: "Bethany Thayer" over "Henry Ford Health", "Sahil Gupta and Guncha Prakash" and
    "Staff Reporter" were deks (the affiliation a section heading); the lede that follows stays the first paragraph."""
    lede = "Many Mediterranean dishes use a clever mix of seasonings in healthful meals made from vegetables and dried fruit, served on grains."
    one = extract(raw(f"Sheet pan dinner uses Moroccan spices\n\nBethany Thayer\n\nHenry Ford Health\n\n{lede}"))
    assert (one.authors.value, one.dek.value, [b.text for b in one.blocks]) == (("Bethany Thayer",), None, [lede])
    assert [(r.line, r.rule, r.text) for r in one.removed] == [(5, "author's affiliation", "Henry Ford Health")]
    two = extract(raw(f"Elevating our education ecosystem\n\nSahil Gupta and Guncha Prakash\n\n{lede}"))
    assert (two.authors.value, two.dek.value) == (("Sahil Gupta", "Guncha Prakash"), None)
    staff = extract(raw(f"SC asks Speaker to dispose of plea\n\nStaff Reporter\n\n{lede}"))
    assert (staff.authors.value, staff.dek.value, staff.authors.evidence) == ((), None, "line 3: Staff Reporter")
    for dek in ("Life in Outer Space", "Donald Trump"):  # a title-case line, or a name with no affiliation under it, stays
        assert extract(raw(f"The headline\n\n{dek}\n\n{lede}")).authors.value == ()


def test_a_copyright_line_is_removed_and_names_the_outlet():
    """Review 13: CNN's wire line (its ™ and © lost) was paragraph 29; NPR's said the outlet nothing else did."""
    story = "Scientists create mice from two dads\n\nScientists said on Wednesday that they had created mice with two fathers.\n\n"
    cnn = extract(raw(story + "The-CNN-Wire & 2023 Cable News Network, Inc., a Warner Bros. Discovery Company. All rights reserved."))
    assert (cnn.outlet.value, [r.rule for r in cnn.removed], len(cnn.blocks)) == ("Cable News Network", ["copyright"], 1)
    assert cnn.outlet.evidence.startswith("line 5: The-CNN-Wire & 2023")
    npr = extract(raw(story + "Copyright © 2023 NPR. All rights reserved. Visit our website terms of use at www.npr.org for further information."))
    assert npr.outlet.value == "NPR"
    assert extract(raw(story + "He said the copyright belonged to the BBC, and all rights were reserved.")).outlet.value is None


def test_sections_signed_by_their_writers_name_the_authors():
    """Review 13: a Guardian feature of ten writers ends each section with its writer's name, which stayed in the text
    ("… I should have asked for hazard pay. Arwa Mahdawi") and left the authors unknown."""
    text = ("Ten writers face their food fears\n\nI have spent my life recoiling at bananas. I should have asked for hazard pay. Arwa Mahdawi"
            "\n\nThe pickled egg was worse. For me, un oeuf is more than enough. Emma Beddington\n\nThe editors thank them all.")
    article = extract(raw(text))
    assert article.authors.value == ("Arwa Mahdawi", "Emma Beddington")
    assert [b.text for b in article.blocks][:2] == ["I have spent my life recoiling at bananas. I should have asked for hazard pay.",
                                                    "The pickled egg was worse. For me, un oeuf is more than enough."]
    assert [(r.line, r.text) for r in article.removed] == [(3, "Arwa Mahdawi"), (5, "Emma Beddington")]
    one = extract(raw("A headline here\n\nThe winner of the prize was announced. It went to the man. John Smith\n\nHe was pleased."))
    assert one.authors.value == () and one.removed == [], "one name alone after a sentence may be the text's"


def test_a_gallerys_label_and_the_caption_over_it_leave_the_body():
    """Review 13 (TweakTown): "VIEW GALLERY - 2 IMAGES" was a section heading, its picture's caption over it a paragraph."""
    article = extract(raw("Webb spots dust\n\nThe telescope looked at a planet far away, researchers said on Monday.\n\nArtist interpretation of VHS 1256b"
                          "\n\nVIEW GALLERY - 2 IMAGES\n\nThe lucky planet to be a target of the telescope is an exoplanet called VHS 1256 b."))
    assert [(r.line, r.rule) for r in article.removed] == [(5, "photo caption"), (7, "photo label")]
    assert [b.kind for b in article.blocks] == ["paragraph", "paragraph"]
    assert boilerplate_rule("ET PRIME - POPULAR INDUSTRY STORIES") == "related links header"


@pytest.mark.parametrize("lede, place, region", [
    ("ST. PAUL, Minn. -- For decades, it's been legal to pay people less.", "ST. PAUL", "Minn."),
    ("WEST PALM BEACH, Fla. - Donald Trump cannot move ahead.", "WEST PALM BEACH", "Fla."),
    ("SAITAMA, Japan — Madison Chock and Evan Bates won.", "SAITAMA", "Japan"), ("HORACE — The authority owns it.", "HORACE", None),
    ("ITANAGAR-  Chief Minister Pema Khandu took part.", "ITANAGAR", None),
])
def test_a_dateline_with_no_outlet_is_read_as_a_place(lede, place, region):
    """Review 13: "ST. PAUL, Minn. --" (3 of 30 articles) was no dateline to the content stage, which knew only those
    naming an outlet ("PHOENIX (AP) —"); its words became two organisations ST and PAUL."""
    from generator.content.wire import place_dateline
    match = place_dateline(lede)
    assert (match.group("place"), match.group("region")) == (place, region)
    headline = extract(raw(f"Minnesota lawmakers debate\n\n{lede.rstrip('.')}\n\nThe bill passed the House on Thursday night."))
    assert headline.dek.value is None and headline.blocks[0].text == lede.rstrip(".")


@pytest.mark.parametrize("text", ["VIEW GALLERY - 2 IMAGES", "ET PRIME - POPULAR INDUSTRY STORIES", "UK - US relations are good.", "I - The first", "US-Ukraine peace efforts hit snag"])
def test_no_dateline_where_no_place_opens_a_sentence(text):
    from generator.content.wire import place_dateline
    assert place_dateline(text) is None


def test_a_letters_disclaimer_names_the_outlet_and_the_tagline_above_it_the_writer():
    """Review 13 (Inforum): a letter's writer and publication were stated at its end and both unknown."""
    text = ("Letter: Let's restore the night sky in Fargo-Moorhead\n\nLight pollution hides the stars from most of us, and it can be undone."
            "\n\nADVERTISEMENT\n\nPatrick Sommer is a delegate for the International Dark-Sky Association. He is a resident of Fargo."
            "\n\nThis letter does not necessarily reflect the opinion of The Forum's editorial board nor Forum ownership.")
    article = extract(raw(text))
    assert (article.authors.value, article.outlet.value) == (("Patrick Sommer",), "The Forum")
    assert article.authors.evidence.startswith("line 7: Patrick Sommer is a delegate") and article.outlet.evidence.startswith("line 9: This letter")
    assert [r.rule for r in article.removed] == ["advertisement", "disclaimer"] and len(article.blocks) == 2
    plain = extract(raw("A headline here\n\nLight pollution hides the stars.\n\nPatrick Sommer is a delegate for the association."))
    assert (plain.authors.value, plain.outlet.value) == ((), None), "a tagline with no disclaimer under it may be the story's"


@pytest.mark.parametrize("line, rule", [
    ("Hi, I’m Aaricka! If you're enjoying this article, you'll love my daily morning newsletter, How To LA. Every weekday, you'll get "
     "fresh stories. Subscribe", "newsletter prompt"),
    ("Love cricket? Get daily updates of the Cricket world on HT Crickit YouTube channel. Subscribe Now", "newsletter prompt"),
    ("I don't like paywalls. You don't like paywalls. Who likes paywalls? Here at CleanTechnica, we implemented a limited paywall "
     "for a while, but it always felt wrong. So ...", "appeal"),
    # what a story writes stays
    ("The Times put up a paywall in 2011. Here at the paper, staff said, the change worked.", None),
    ("She runs a newsletter on local news. Subscribers pay $5 a month.", None),
    ('"Here at CleanTechnica, we dropped the paywall," the editor said.', None),
])
def test_a_sites_appeals_are_boilerplate(line, rule):
    """Review 13: LAist's newsletter teaser (4 articles) and CleanTechnica's paywall appeal (2) stayed paragraphs."""
    assert boilerplate_rule(line) == rule


def test_no_author_outlet_or_removed_text_is_made_from_an_interview_a_column_or_a_photo_agency():
    """A review of the new rules: an interview's answers after their questions ("…? Star Wars") became the authors and
    left the text; a column's last sentence "Joe Biden is the wrong man for the job." made him its author; a photo's
    copyright line made Getty Images the outlet, and a sentence with "via Getty Images" in it was taken for a caption."""
    answers = [f"Which film would you take to a desert island, if you could take only one film for the rest of a long life, {n}? {film}"
               for n, film in (("whatever happened", "Star Wars"), ("and why that one", "Local Hero"))]
    interview = extract(raw("Ten questions for a film star\n\n" + "\n\n".join([*answers, "She laughed at that."]) + "\n"))
    assert interview.authors.value == () and all(p.text.endswith(("Star Wars", "Local Hero", "that.")) for p in interview.paragraphs)
    column = extract(raw("Why I will vote against him\n\nThe president has failed on the economy, and voters know it.\n\n"
                         "Joe Biden is the wrong man for the job.\n\n"
                         "This column does not necessarily reflect the opinion of the Daily Bugle's editorial board.\n"))
    assert column.authors.value == () and column.outlet.value == "Daily Bugle"
    picture = extract(raw("Storm hits coast\n\nThe storm hit the coast on Monday.\n\n"
                          "The image was distributed via Getty Images to newspapers across the country.\n\n"
                          "© 2023 Getty Images. All rights reserved.\n"))
    assert picture.outlet.value is None and any("via Getty Images" in p.text for p in picture.paragraphs)
