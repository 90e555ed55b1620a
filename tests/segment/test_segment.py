"""Sentence splitting, repair of extraction damage, front matter and offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

import renkei
from renkei.models import Source

FIXTURES = Path(__file__).parents[1] / "fixtures"

SPLITS = [
    (
        "en",
        "President Joseph R. Biden, Jr. met Prime Minister Kishida. They issued a statement.",
        2,
    ),
    ("en", "The U.S.-Japan Alliance is strong. We agree.", 2),
    (
        "en",
        "They convened a Security Consultative Committee (SCC: “2+2”) meeting. It was held in Tokyo.",
        2,
    ),
    ("en", "We welcome cooperation with Japan-Australia-India-U.S. (Quad) partners.", 1),
    ("en", "They met in Washington, D.C., on Friday. He said “We will act.” They agreed.", 3),
    ("ja", "我々は、「自由で開かれたインド太平洋」（ＦＯＩＰ。注）を歓迎する。我々は協力する。", 2),
    ("ja", "双方は「協力を強化する。」と述べた。", 1),
    # a paragraph that is one quotation is the speaker's sentences, cut as any others
    ("ja", "大臣から以下のとおり述べました。\n「訪問を歓迎する。協力を強化したい。」", 3),
    ("ja", "・我々は協力する。\n・我々は対話を続ける。", 2),
    # honorifics of initials, and no stop inside parentheses
    ("en", "The Prime Minister received H.H. Sheikh Abdullah. They met.", 2),
    ("en", "At 10:30 a.m. (6:30 a.m. Japan time) the Rt. Hon. Winston Peters met Mr. Kono.", 1),
    # a stray "?" left by a lost dash; a stop glued to the next sentence
    ("en", "The years 2013 ? 2014 mark the 400th anniversary. We agree.", 2),
    ("en", "They share many common interests.Both sides confirmed the potential.", 2),
    ("en", "We reaffirm the Declaration of May 2022.We will build on this.", 2),
    # "p.m." before a sentence that opens with "An"; "H.E.Ms." with its space lost
    ("en", "They dined from 7:25 p.m. An overview of the events is as follows.", 2),
    ("en", "They met for 40 minutes from 9:05 P.M. The leaders agreed.", 2),
    ("en", "Ms. KAMIKAWA held a meeting with H.E.Ms. Tanja FAJON, Minister of Slovenia.", 1),
    # an Indian honorific
    ("en", "External Affairs Minister Smt. Sushma Swaraj called on the Prime Minister.", 1),
    # a note in brackets ending its line before an indented paragraph is a sentence of its own
    (
        "ja",
        " 外相会談を行ったところ、概要は以下のとおりです。(注:会談が中断されたのは表敬のため。)\n"
        " なお、今回は初めての外相会談です。",
        3,
    ),
]


@pytest.mark.parametrize(("lang", "text", "count"), SPLITS)
def test_sentence_split(lang: str, text: str, count: int) -> None:
    assert len(renkei.segment(Source(text, "t"), lang).sentences) == count  # type: ignore[arg-type]


def test_seed_damage_is_repaired_and_offsets_cite_the_input() -> None:
    text = (FIXTURES / "dev" / "2023-01-31_japan-nato-joint-statement.ja.txt").read_text(
        encoding="utf-8"
    )
    seg = renkei.segment(Source(text, "seed"))
    assert seg.lang == "ja"
    assert len(seg.sentences) == 39
    assert seg.title == "共同声明"
    assert "(仮訳)" in seg.front_matter
    for s in seg.sentences:
        original = text[s.start : s.end]
        assert "".join(original.split()).replace("､", "、") == "".join(s.text.split())
        assert "\n" not in s.text and "､" not in s.text
    assert seg.sentences[2].section == "歴史の転換期における困難な戦略的環境"


def test_hard_wrapped_markdown_english() -> None:
    text = (FIXTURES / "dev" / "2025-02-07_us-japan-joint-leaders-statement.en.txt").read_text(
        encoding="utf-8"
    )
    seg = renkei.segment(Source(text, "us"))
    assert len(seg.sentences) == 35
    assert seg.sentences[1].section == "U.S.-Japan Cooperation for Peace"
    assert all("**" not in s.text and "\n" not in s.text for s in seg.sentences)


def test_a_markdown_link_keeps_its_text_even_across_a_line_break() -> None:
    text = (
        "We, the Leaders of the Group of Seven (G7), [strongly\n"
        "condemn](https://www.example.org/g7-statement) the sham referenda. We see [the"
        " report](/files/report.pdf) and a [bracketed] word.\n"
    )
    seg = renkei.segment(Source(text, "g7"))
    assert [s.text for s in seg.sentences] == [
        "We, the Leaders of the Group of Seven (G7), strongly condemn the sham referenda.",
        "We see the report and a [bracketed] word.",
    ]


def test_front_matter_and_furniture_are_not_sentences() -> None:
    text = "第1回日豪協議共同声明\n\n英語版/English\n\n印刷用\n\n2022年12月9日\n\n我々は協力を強化した。\n"
    seg = renkei.segment(Source(text, "t"))
    assert [s.text for s in seg.sentences] == ["我々は協力を強化した。"]
    assert seg.date == "2022-12-09"
    assert seg.title == "第1回日豪協議共同声明"


def test_paragraph_numbers_inside_a_run_on_line_cut_paragraphs() -> None:
    # PDF text that lost its line breaks: title, then numbered paragraphs on one line
    text = "共同声明 日印パートナーシップの強化 (仮訳) 1. 両首脳は、会談を行った。 2. 両首脳は、協力を歓迎した。\n"
    seg = renkei.segment(Source(text, "t"))
    assert [s.text for s in seg.sentences] == [
        "両首脳は、会談を行った。",
        "両首脳は、協力を歓迎した。",
    ]
    assert seg.title is not None and "共同声明" in seg.title


def test_a_run_on_english_text_is_cut_at_its_paragraph_numbers_and_headings() -> None:
    body = (
        "Ninth Japan-Australia 2+2 Joint Statement 1. The Foreign and Defence Ministers of Japan"
        " and Australia held the Ninth Japan-Australia 2+2 Foreign and Defence Ministerial"
        " Consultations by video conference. Our shared strategic vision on the Indo- Pacific 2."
        " We reaffirm our"
        " partnership. Japan and Australia are united by shared values. 3. We underscore the"
        " importance of the United States."
    )
    seg = renkei.segment(Source(body + " " * 200 + "\n", "t"), "en")
    assert [s.text for s in seg.sentences] == [
        "The Foreign and Defence Ministers of Japan and Australia held the Ninth Japan-Australia"
        " 2+2 Foreign and Defence Ministerial Consultations by video conference.",
        "We reaffirm our partnership.",
        "Japan and Australia are united by shared values.",
        "We underscore the importance of the United States.",
    ]
    assert seg.sentences[1].section == "Our shared strategic vision on the Indo-Pacific"


@pytest.mark.parametrize(
    ("text", "sentences", "section"),
    [
        # a sentence whose 「。」 was lost ends its paragraph: not a heading run into it
        (
            "両大臣は会談した。会談に先立ち,両大臣は交換公文に署名しました\n\n両大臣は協力を確認した。\n",
            [
                "両大臣は会談した。",
                "会談に先立ち,両大臣は交換公文に署名しました",
                "両大臣は協力を確認した。",
            ],
            None,
        ),
        # a title is
        (
            "両大臣は会談した。二国間関係\n\n両大臣は協力を確認した。\n",
            ["両大臣は会談した。", "両大臣は協力を確認した。"],
            "二国間関係",
        ),
    ],
)
def test_a_japanese_paragraphs_unpunctuated_end(
    text: str, sentences: list[str], section: str | None
) -> None:
    seg = renkei.segment(Source(text, "t.ja"))
    assert [s.text for s in seg.sentences] == sentences
    assert seg.sentences[-1].section == section


def test_a_japanese_line_wrapped_mid_sentence_is_one_paragraph() -> None:
    text = (
        "1. 安倍晋三日本国内閣総理大臣及びスコット・モリソン・オーストラリア連邦首相は,年次の日\n豪首脳会談のため,本日会合した。\n2. 両首脳は,協力を歓迎した。両首脳は,"
        + "協力を一層強化していくことで一致するとともに、地域情勢について意見交換を行った。\n"
    )
    seg = renkei.segment(Source(text, "t"))
    assert seg.sentences[0].text.endswith("日豪首脳会談のため,本日会合した。")


def test_an_english_line_that_stops_mid_sentence_goes_on_in_the_next() -> None:
    # paragraphs written one to a line: the broken one is shorter than most, yet goes on
    long = "The two leaders reaffirmed their commitment to a free and open order. " * 6
    text = (
        f"1. {long}\n2. They recommitted to opposing all forms of military, economic and political\n"
        f"coercion and to countering harmful disinformation.\n3. {long}\n"
    )
    sentences = [s.text for s in renkei.segment(Source(text, "t"), "en").sentences]
    assert (
        "They recommitted to opposing all forms of military, economic and political coercion"
        " and to countering harmful disinformation." in sentences
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page break after a comma or a word no sentence ends with, with blank lines
        (
            "1. The 5th Summit was held on 6 May 2023 in Jakarta,\n\n\nIndonesia. It was"
            " chaired by the President.\n",
            "The 5th Summit was held on 6 May 2023 in Jakarta, Indonesia.",
        ),
        (
            "4. We agreed to establish a Comprehensive Strategic Partnership between\n\n\n"
            "ASEAN and Japan.\n",
            "We agreed to establish a Comprehensive Strategic Partnership between ASEAN and Japan.",
        ),
        (
            "2. We reiterated our support for the theme of the\n\n\nsummit.\n",
            "We reiterated our support for the theme of the summit.",
        ),
    ],
)
def test_an_english_sentence_cut_by_a_page_break_goes_on(text: str, expected: str) -> None:
    sentences = [s.text for s in renkei.segment(Source(text, "t"), "en").sentences]
    assert expected in sentences


def test_a_preamble_clause_after_a_comma_is_a_paragraph_of_its_own() -> None:
    text = (
        "Joint Declaration\n\nThe Prime Ministers of Japan and Australia,\n\n"
        "Affirming that the partnership is based on shared values;\n\n"
        "Issue the following Joint Declaration.\n"
    )
    sentences = [s.text for s in renkei.segment(Source(text, "t"), "en").sentences]
    assert "Affirming that the partnership is based on shared values;" in sentences


def test_a_sentence_ending_in_pm_ends_there() -> None:
    text = "The meeting lasted from 9:30 p.m. to 11:15 p.m. After the meeting, a statement was issued.\n"
    seg = renkei.segment(Source(text, "t"), "en")
    assert [s.text for s in seg.sentences] == [
        "The meeting lasted from 9:30 p.m. to 11:15 p.m.",
        "After the meeting, a statement was issued.",
    ]


def test_photo_captions_are_furniture() -> None:
    text = (
        "第3回日・インドネシア外務・防衛閣僚会合\n\n"
        "スギオノ外務大臣と記念撮影する茂木外務大臣及び小泉防衛大臣\n\n"
        "スギオノ外務大臣と会談する茂木外務大臣\n\n"
        "四大臣は、協力を強化することで一致しました。\n"
    )
    seg = renkei.segment(Source(text, "t"))
    assert [s.text for s in seg.sentences] == ["四大臣は、協力を強化することで一致しました。"]


def test_database_header_block_is_front_matter() -> None:
    text = "[Title] Joint Statement\n\n[Date] July 13, 2023\n\n[Full text]\n\nWe met in Brussels.\n"
    seg = renkei.segment(Source(text, "t"))
    assert [s.text for s in seg.sentences] == ["We met in Brussels."]
    assert (seg.title, seg.date) == ("Joint Statement", "2023-07-13")


def test_a_header_line_is_a_paragraph_of_its_own() -> None:
    text = (
        "[文書名] 日・EU定期首脳協議での共同記者会見における村山内閣総理大臣の冒頭発言\n"
        "村山総理大臣及びサンテール欧州委員会委員長は、パリで首脳協議を行った。\n"
        "一、日・EU首脳協議参加者は、日・EU関係を歓迎した。\n"
    )
    seg = renkei.segment(Source(text, "t"))
    assert [s.text for s in seg.sentences] == [
        "村山総理大臣及びサンテール欧州委員会委員長は、パリで首脳協議を行った。",
        "日・EU首脳協議参加者は、日・EU関係を歓迎した。",  # 「一、」 numbers the paragraph
    ]
    assert seg.title == "日・EU定期首脳協議での共同記者会見における村山内閣総理大臣の冒頭発言"


def test_a_section_number_is_no_part_of_its_sentence() -> None:
    text = "1 序論\n\n1.1 我々、日本の首脳は、会議に参加した。\n\n2.3 We met in Yokohama.\n"
    assert [s.text for s in renkei.segment(Source(text, "t")).sentences] == [
        "我々、日本の首脳は、会議に参加した。",
        "We met in Yokohama.",
    ]


def test_header_lines_without_their_end_marker_still_give_the_title() -> None:
    text = "[文書名] 世界の平和と繁栄のための日独ステートメント\n\n1.我々は,協力を推進する。\n"
    seg = renkei.segment(Source(text, "t"))
    assert [s.text for s in seg.sentences] == ["我々は,協力を推進する。"]
    assert seg.title == "世界の平和と繁栄のための日独ステートメント"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("我々は協力する。", "ja"), ("We will cooperate.", "en"), ("NATOと日本は協力する。", "ja")],
)
def test_language_detection(text: str, lang: str) -> None:
    assert renkei.segment(Source(text, "t")).lang == lang


LONG = (
    "The two leaders met in Tokyo and held a long discussion on the state of the world, " * 2
    + "today."
)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (LONG + " We agreed to cooperate on cyber and spa", 1),  # cut mid-word
        (LONG + " We agreed to cooperate.", 2),
        ("我々は会談した。我々は協力を強化す", 1),
        ("我々は会談した。両国の戦略的パートナーシップは、国際社会の平和、", 1),  # cut at 、
        ("cooperation to the next level. Japan and the UK will strengthen cooperation.", 1),
        ("We met today.\n\nPrinciples of cooperation\n\nWe agree.", 2),
    ],
)
def test_an_excerpt_cut_mid_sentence_loses_only_the_fragment(text: str, count: int) -> None:
    assert len(renkei.segment(Source(text, "t")).sentences) == count


# (text, the sentences it gives): web and wire furniture around the official text
FURNITURE = [
    # a transcript's label and a speech's salutations, each on a line of its own
    (
        "Transcript of remarks by Prime Minister Lee at the Joint Press Conference.\n\n"
        "Prime Minister Kishida,\n\nLadies and Gentlemen,\n\n"
        "I am very happy to welcome the Prime Minister to Singapore.\n",
        ["I am very happy to welcome the Prime Minister to Singapore."],
    ),
    # a mirror's note on where the full text is
    (
        "G7首脳声明\n\n外務省ウェブサイトに仮訳全文が掲載された。\n\n我々は協力する。\n",
        ["我々は協力する。"],
    ),
    # an archive's banner, an office's attribution line, a signature line, a caption
    (
        "National Archives This is historical material “frozen in time”.\n\n"
        "Director of Defense Press Operations Colonel Rob Manning provided the following readout:\n\n"
        "The Hon Scott Morrison MP.\n\nCAPTION: JS Murasame departs Darwin.\n\n"
        "The two ministers met in Tokyo.\n",
        ["The two ministers met in Tokyo."],
    ),
    # a wire's and a site's notes, and a letter list marker
    (
        "Distributed by APO Group on behalf of Ministry of Foreign Affairs of Japan.\n\n"
        "This is an unofficial English version of an Arabic report.\n\n"
        "To view the official Arabic text, click here.\n\n"
        "a. Minister Manalo welcomed the visit.\n\nWas this page helpful?\n",
        ["Minister Manalo welcomed the visit."],
    ),
    # a translator's note on which text is authentic
    (
        "*下記の日本語文書は参考のための仮翻訳で、正文は英文です。\n\n両大臣は協力を確認した。\n",
        ["両大臣は協力を確認した。"],
    ),
    # a Korean site's navigation, language switch and section banner above an English page
    (
        "바로가기 메뉴\n본문 바로가기\nKOR\n\nPress Releases\n\n"
        "The two Ministers agreed to step up communication.\n",
        ["The two Ministers agreed to step up communication."],
    ),
    (
        "The below is attributable to Spokesperson Ned Price:\n\n"
        "Deputy Secretary Sherman met with the Vice Foreign Minister today.\n",
        ["Deputy Secretary Sherman met with the Vice Foreign Minister today."],
    ),
    (
        "Following is the full text of the joint statement.\n\nBoth sides welcomed the visit.\n",
        ["Both sides welcomed the visit."],
    ),
    (
        "Joint Statement of the Quad Ministerial MeetingThe following is the joint statement"
        " released by the Secretary of State.\n\nBegin Text: We, the Foreign Ministers of the...\n\n"
        "We met in New Delhi.\n",
        ["We met in New Delhi."],
    ),
    # a cut excerpt: its last paragraph keeps its whole sentences, loses the fragment
    (
        "We met today.\n- The two leaders also discussed bilateral relations. They shared a"
        " recognition on the importance of a free and open order, and",
        ["We met today.", "The two leaders also discussed bilateral relations."],
    ),
    ("両首脳は会談した。\n- (2)", ["両首脳は会談した。"]),
    (
        "This is historical material “frozen in time”. The website is no longer updated.\n\n"
        "The President spoke with the Prime Minister today.\n",
        ["The President spoke with the Prime Minister today."],
    ),
    (
        "Prime Minister meets the President (Photo: Cabinet Public Affairs Office)\n\n"
        "The two leaders held a meeting.\n",
        ["The two leaders held a meeting."],
    ),
    (
        "LONDON, March 3 -- Ministry of Foreign Affairs of Japan issued the following news"
        " release:\nThe two ministers held talks.\n",
        ["The two ministers held talks."],
    ),
    (
        "Both countries signed two agreements today after the summit. Below is the full text"
        " of the joint statement:\nThe two Prime Ministers met in Delhi.\n",
        ["The two Prime Ministers met in Delhi."],
    ),
    (
        "date 2024-11-18 OTTAWA, November 18 - Today, the Prime Minister met the President.\n",
        ["Today, the Prime Minister met the President."],
    ),
    (
        "date 2022-05-05 The Prime Minister hosted the Prime Minister of Japan today.\n",
        ["The Prime Minister hosted the Prime Minister of Japan today."],
    ),
    (
        "The text of the following joint statement was released by the Governments of the"
        " United States, Japan, and the Republic of Korea.\n\nBegin text\n\nWe condemn the launch.\n",
        ["We condemn the launch."],
    ),
    # a title longer than any heading, before the first sentence
    (
        "Japan-Philippines Joint Statement on the Comprehensive Promotion of the Strategic"
        " Partnership between Neighboring Countries Connected by Special Bonds of Friendship\n\n"
        "The two leaders met in Tokyo.\n",
        ["The two leaders met in Tokyo."],
    ),
    # a Japanese sentence that runs on through a numbered list is one sentence
    (
        "三大臣は、\n\n  1. 情報の共有を継続し、\n  2. 共通の理解を更に発展させ、\n"
        "  3. 協力を促進する\n\nことについてコミットした。\n",
        [
            "三大臣は、1.情報の共有を継続し、2.共通の理解を更に発展させ、3.協力を促進することについてコミットした。"
        ],
    ),
    # US government banners and a printed edition's bracketed header lines
    (
        "An official website of the United States Government \nHere's how you know\n\n"
        ".gov website belongs to an official government organization in the United States.\n\n"
        "You have accessed part of a historical collection on defense.gov. Some of the"
        " information may be outdated.\nImmediate Release\n\nThe ministers met in Singapore.\n",
        ["The ministers met in Singapore."],
    ),
    (
        "[Public Papers of the Presidents of the United States]\n[June 29, 2006]\n\n"
        "The two leaders met today.\n",
        ["The two leaders met today."],
    ),
    # every line ending in a space: the space marks no paragraph's end
    (
        "    President George W. Bush of the United States of America hosted \n"
        "Prime Minister Junichiro Koizumi of Japan for an Official Visit to the \n"
        "White House on June 29, 2006, that celebrated their close friendship. \n"
        "    The two leaders agreed that the U.S.-Japan partnership stands as one \n"
        "of the most accomplished bilateral relationships in history. \n",
        [
            "President George W. Bush of the United States of America hosted Prime Minister"
            " Junichiro Koizumi of Japan for an Official Visit to the White House on June 29,"
            " 2006, that celebrated their close friendship.",
            "The two leaders agreed that the U.S.-Japan partnership stands as one of the most"
            " accomplished bilateral relationships in history.",
        ],
    ),
    # the parties' own "issued the following statement:" is a sentence
    (
        "The leaders met in Brussels and issued the following statement:\nWe agree.\n",
        ["The leaders met in Brussels and issued the following statement:", "We agree."],
    ),
    # a list number before a numeral: 「2 3か国の外相は…」
    (
        "1 両首脳は会談した。\n\n2 3か国の外相は協力を確認した。\n",
        ["両首脳は会談した。", "3か国の外相は協力を確認した。"],
    ),
    # PDF links broken onto lines of their own: 「、和文(PDF)」 continues the line before
    (
        "首脳会談の後、共同声明(骨子(PDF)\n、和文(PDF)\n)を発出しました。両首脳は会談した。\n",
        ["首脳会談の後、共同声明(骨子(PDF)、和文(PDF))を発出しました。", "両首脳は会談した。"],
    ),
    # a mirror site's call to give, above the official text
    (
        "UNITED24 - Make a charitable donation in support of Ukraine!\n\nThe two leaders met.\n",
        ["The two leaders met."],
    ),
    (
        "The two leaders met.\n/Public Release. This material from the originating"
        " organization/author(s) might be of the point-in-time nature. Mirage.News does not take"
        " institutional positions or sides.\n",
        ["The two leaders met."],
    ),
    # the note run onto a paragraph of several sentences, sentence by sentence
    (
        "Rubio met Iwaya. They talked. Rubio underscored the alliance.\n/Public Release. This"
        " material from the originating organization/author(s) might be of the point-in-time"
        " nature, and edited for clarity. Mirage.News does not take institutional positions or"
        " sides.View in full here.\n",
        ["Rubio met Iwaya.", "They talked.", "Rubio underscored the alliance."],
    ),
    # a photo's caption marked as such, a Chinese news site's editors' initials
    (
        "Photo session\n\n(Photo) Foreign Minister Hayashi is making a speech.\n\nWe met.\n",
        ["We met."],
    ),
    (
        "双方は意見を交換しました。(白、む)\n中国国際放送局日本語部より\n",
        ["双方は意見を交換しました。"],
    ),
    ("双方は協力を望んでいる」とした。(編集TG)\n", ["双方は協力を望んでいる」とした。"]),
    # notes on the occasion of the statement
    (
        "Joint Statement following the meeting of the British and Polish Prime Ministers in"
        " Warsaw on 17 January 2025.\n\nWe met.\n\nThis joint statement was released following"
        " the meeting between Prime Minister Keir Starmer and Prime Minister Donald Tusk.\n",
        ["We met."],
    ),
    (
        "The following statement was jointly released by the United States and The Philippines"
        " on the occasion of the Bilateral Strategic Dialogue.\n\nWe met.\n",
        ["We met."],
    ),
    # a picture's source, a blog's note under the post
    (
        "Esper and Kono at the Pentagon (Picture source: U.S. DoD/ Navy)\n\nWe met.\nComments"
        " are closed, but trackbacks and pingbacks are open.\n",
        ["We met."],
    ),
    # a title in capital letters is no sentence; Japanese with many Latin capitals is one
    (
        '"JOINT STATEMENT ON THE OFFICIAL VISIT OF HIS EXCELLENCY MR.\nTÔ LÂM, GENERAL SECRETARY'
        ' OF THE COMMUNIST PARTY OF VIỆT NAM TO MALAYSIA"\n\n1. The two leaders met.\n',
        ["The two leaders met."],
    ),
    (
        "日・ASEAN・NATO・TICAD・G7・OSCE首脳は会談した。\n",
        ["日・ASEAN・NATO・TICAD・G7・OSCE首脳は会談した。"],
    ),
    # a news wire's dateline names its agency between slashes
    (
        "TOKYO, Japan, September 11, 2015/African Press Organization (APO)/ 1 H.E. Mr. Yoweri"
        " Museveni, President of Uganda, paid an Official Working Visit to Japan.\n",
        ["H.E. Mr. Yoweri Museveni, President of Uganda, paid an Official Working Visit to Japan."],
    ),
    (
        "WASHINGTON, D.C. /eNewsChannels/ — Following is the text of a joint statement issued"
        " by the United States and Japan.\n\nThe two sides met.\n",
        ["The two sides met."],
    ),
    # a news site's dateline with its name in brackets, then who released the text
    (
        "Washington, DC (STL.News) The US Department of State released the following"
        " statement:\n\nThe Secretary met the Foreign Minister.\n",
        ["The Secretary met the Foreign Minister."],
    ),
    # who released the text said the other way round, and a title line naming the issuers
    (
        "The following statement was released by the Governments of Japan and India.\n\n"
        "Joint Declaration by Secretary of State Antony J. Blinken and Minister Winston Peters.\n\n"
        "We met today.\n",
        ["We met today."],
    ),
    (
        "The Governments of Australia and the United States of America released the following"
        " statement on the occasion of AUSMIN.\n\nWe met today.\n",
        ["We met today."],
    ),
    # a press office's contact block, a mirror's note on the release
    (
        "The press release issued by the Foreign Office on 16 March 2023.\n\nWe condemn the"
        " launch.\n\nCONTACT DETAILS\n\nPress Officer for Foreign Affairs"
        " name.surname@ec.europa.eu\n",
        ["We condemn the launch."],
    ),
    # notes run onto the text's last line: a pointer to the original, a note on titles, a link
    (
        "我々は協力する。原文はこちらをご覧ください(英語)。\n\n(注)肩書はいずれも当時のもの。\n",
        ["我々は協力する。"],
    ),
    (
        "We will cooperate. Continue reading “United States – New Zealand Joint Statement”\n",
        ["We will cooperate."],
    ),
    # a page break's blank line after a particle does not end the sentence
    (
        "1.我々G7首脳は,課題に協力の精神をもって対処するため,2017年5月26日から\n\n"
        "27日にかけてタオルミーナで会合を開催した。\n\n2.我々は結束する。\n",
        [
            "我々G7首脳は,課題に協力の精神をもって対処するため,2017年5月26日から"
            "27日にかけてタオルミーナで会合を開催した。",
            "我々は結束する。",
        ],
    ),
    (
        "We will cooperate. The original text is in Japanese.\n\nThe whole text is available"
        " online.\n\nTu dirección de correo electrónico no será publicada. Los campos"
        " obligatorios están marcados con *\n",
        ["We will cooperate."],
    ),
    # a news site's notes on the text it carries, an office's attribution with an initial
    (
        "This is the official English text of the Joint Statement issued on Monday.\n\n"
        "Pentagon Chief Spokesperson Dana W. White provided the following readout:\n\n"
        "The text was issued by the White House press office.\n\nThe two leaders met.\n",
        ["The two leaders met."],
    ),
    (
        "以下はケイル・ブラウン首席副報道官の発表。\n\n令和4年12月9日(日本時間。米国東部時間8日)\n\n"
        "両大臣は協力を確認した。全文はこちら(外務省ホームページ)。\n",
        ["両大臣は協力を確認した。"],
    ),
    # a site's cookie notice, in its own language
    (
        "Questo sito utilizza cookies tecnici (necessari) e analitici.\n\nProseguendo nella"
        " navigazione accetti l'utilizzo dei cookies.\n\nWe met in New York.\n",
        ["We met in New York."],
    ),
    # or a paragraph of it
    (
        "To improve our services we use small files called cookies. You can change the settings"
        " of your browser at any time.\n\nWe met in New York.\n",
        ["We met in New York."],
    ),
    # a page's note to old browsers, its makers' credit, a photo caption
    (
        "Note:Your browser doesn't correctly display this page because of a bad stylesheets"
        " interpretation. This is probably due to an old browser version.\n\nWe met in New"
        " York.\n\nWebsite designed & hosted by\nNational Informatics Centre.\n\nForeign Minister"
        " Hayashi shakes hand with H.E. Mr. Bendito dos Santos Freitas, Foreign Minister of"
        " Timor-Leste.\n",
        ["We met in New York."],
    ),
    # a Malay or Filipino name's abbreviation ends no sentence
    (
        "Mr. Abe held a meeting with Dato' Sri Mohd. Najib bin Tun Haji Abdul Razak. They met.\n",
        [
            "Mr. Abe held a meeting with Dato' Sri Mohd. Najib bin Tun Haji Abdul Razak.",
            "They met.",
        ],
    ),
    (
        "Campbell met with Philippine Undersecretary Ma. Theresa P. Lazaro today. They met.\n",
        ["Campbell met with Philippine Undersecretary Ma. Theresa P. Lazaro today.", "They met."],
    ),
    # a markdown image line is no text and ends the paragraph before it
    (
        "両首脳は、協力を推進していくことを確認しました。\n"
        "![[IT広報室_1]外務省[日]画像6-1](/mofaj/files/000110089.jpg)\n"
        "(写真提供:内閣広報室)\n1 冒頭\n安倍総理大臣から、訪日を歓迎しました。\n",
        [
            "両首脳は、協力を推進していくことを確認しました。",
            "安倍総理大臣から、訪日を歓迎しました。",
        ],
    ),
    # a line opening with 「/」 goes on the one before: 「(英文(PDF)」「/仮訳(PDF)」
    (
        "両首脳は「共同声明」(英文(PDF)\n/仮訳(PDF)\n)を発出しました。\n",
        ["両首脳は「共同声明」(英文(PDF)/仮訳(PDF))を発出しました。"],
    ),
    # a bullet after a sentence's end starts a heading: 「…強調した。 - 和解・再統合」
    (
        "両首脳は、会議の重要性を強調した。 - 和解・再統合\nカルザイ大統領は、再統合の重要性を強調した。\n",
        ["両首脳は、会議の重要性を強調した。", "カルザイ大統領は、再統合の重要性を強調した。"],
    ),
    # a breadcrumb, its last step the page's heading, then the heading again
    (
        "• トップページ>\n• ニュース>\n• 大臣はモンゴル外務大臣と意見交換を行いました。\n\n"
        "大臣はモンゴル外務大臣と意見交換を行いました。\n\n2月23日、大臣は外務大臣と意見交換を行いました。\n",
        ["2月23日、大臣は外務大臣と意見交換を行いました。"],
    ),
    # datelines: a wire's agency after a mirror's stamp or a place, a place before a long dash
    (
        "date 2025-05-02 OTTAWA, ON, May 2, 2025 /CNW/ - Today, the Prime Minister spoke.\n",
        ["Today, the Prime Minister spoke."],
    ),
    ("TOKYO (APO Group) – On 21 April 2020, they spoke.\n", ["On 21 April 2020, they spoke."]),
    (
        "MENAFN - EIN Presswire) CANADA, May 18 - Today, the Prime Minister met.\n",
        ["Today, the Prime Minister met."],
    ),
    (
        "GYEONGJU, Republic of Korea, Oct. 30, 2025 /CNW/ - We, the leaders, met today.\n",
        ["We, the leaders, met today."],
    ),
    # a site's image caption, and a title line with when the statement was signed
    (
        "Enlarge image Ministers Albares and Bruins Slot.\n\nJoint statement on reinforcing"
        " Spanish-Dutch cooperation, signed on the 17th of April 2024 during the state"
        " visit.\n\nWe met.\n",
        ["We met."],
    ),
    ("Ottawa, Ontario — Prime Minister Harper hosted.\n", ["Prime Minister Harper hosted."]),
    # a news site's lead reporting the statement it carries, then the statement
    (
        "Manila, November 19 (VNA) – Vietnam and the Philippines have issued a joint statement"
        " on their strategic partnership.\n\nThe two sides met.\n",
        ["The two sides met."],
    ),
    (
        "Prime Minister Kishida and President Biden issued a joint statement on AI.\n",
        ["Prime Minister Kishida and President Biden issued a joint statement on AI."],
    ),
    # a news site's ticker of headlines above the text: no sentence ends in it
    (
        "Breaking News\n\nBig Bang in Thailand – US State Department Designating Sanctions"
        " Related to the DPRK – United States Department of State $148.5 Million Agreement"
        " Signed Between the United States and Mali The search committee unanimously"
        " recommends the US senator as sole finalist Readout of the Defense Trilateral\n\n"
        "The Secretary and the Foreign Ministers met.\n",
        ["The Secretary and the Foreign Ministers met."],
    ),
    # list markers: a glyph glued to its item, roman numerals, a number before an acronym
    (
        "Investing in Growth\ni. To continue, we met.\nii. We agreed.\n\n●sharing lessons.\n",
        ["To continue, we met.", "We agreed.", "sharing lessons."],
    ),
    (
        "6.G20のうちユーロ圏のメンバー国は措置を採る。\n",
        ["G20のうちユーロ圏のメンバー国は措置を採る。"],
    ),
    ("2.ASEAN+3記念首脳会議は開催された。\n", ["ASEAN+3記念首脳会議は開催された。"]),
    ("° Minister Maas visited Japan.\n", ["Minister Maas visited Japan."]),
    # a paragraph number before a date is no section number
    ("2.1月17日、総理大臣は国王に拝謁した。\n", ["1月17日、総理大臣は国王に拝謁した。"]),
    # the end of the text, then the page's links
    (
        "両大臣は協力で一致した。\n(以上)\n◎下の[次の記事]ボタンで記事をご覧いただけます。\n",
        ["両大臣は協力で一致した。"],
    ),
    # a note that the text follows: alone, and closing a news lead before the body
    (
        "Denmark hosted India.\n\nHere is the joint statement issued by the two PMs after the"
        " meeting:\n\nThe Prime Minister welcomed Modi.\n",
        ["Denmark hosted India.", "The Prime Minister welcomed Modi."],
    ),
    (
        "江主席と大統領は北京で、「中仏共同声明」に調印した。その全文は次の通り。\n\n"
        "双方は次のように考える。\n",
        ["双方は次のように考える。"],
    ),
    # a preamble's subject alone before its clauses
    (
        "We, the Presidents of Ukraine and the Republic of Poland:\n\n"
        "Emphasize the importance of our relations.\n",
        ["Emphasize the importance of our relations."],
    ),
    # a caption in another language on an English page
    (
        "Statsminister Mette Frederiksen mødes med Indiens premierminister Narendra Modi ved"
        " præsidentpaladset Rashtrapati Bhawan i New Delhi.\n\nThe two leaders met in Delhi.\n",
        ["The two leaders met in Delhi."],
    ),
    # lower-case items of a list after its lead-in are sentences however short; capitalised
    # ones may be headings
    (
        "Examples of this collaboration include:\n  • agreement to sign a treaty\n"
        "  • strengthening of industry cooperation\n\nWe also agreed.\n",
        [
            "Examples of this collaboration include:",
            "agreement to sign a treaty",
            "strengthening of industry cooperation",
            "We also agreed.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("line", "is_sentence"),
    [
        # a line ending in a colon: a sentence if it reads as a clause
        ("Prime Minister Abe made the following remarks:", True),
        ("The overview of the meeting is as follows:", True),
        ("These actions include:", True),
        ("The Hiroshima Accord:", False),
        ("United States of America:", False),
        ("Related link:", False),
        # a full stop inside a closing quotation ends a sentence too
        ("President Djukanović stated, “It is a great honour to be here.”", True),
        ('He said: "We will work together."', True),
        ("「日本は重要なパートナーである。」", True),
        ("“Free and Open Indo-Pacific”", False),
        ("Working Lunch “Indo-Pacific”", False),
    ],
)
def test_a_short_line_is_a_sentence_only_if_it_reads_as_one(line: str, is_sentence: bool) -> None:
    sentences = renkei.segment(Source(f"We met.\n\n{line}\n\nWe agreed.\n", "t")).sentences
    assert (line in [s.text for s in sentences]) == is_sentence


@pytest.mark.parametrize(("text", "expected"), FURNITURE)
def test_web_and_wire_furniture_is_no_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in renkei.segment(Source(text, "t")).sentences] == expected


def test_the_heading_that_names_a_kind_of_document_is_the_title() -> None:
    text = (
        "Australian Commonwealth Coat of Arms\n\nJoint Statement by the Foreign Ministers of Japan"
        " and Australia\n\nThe Ministers met in Perth.\n"
    )
    seg = renkei.segment(Source(text, "t"), "en")
    assert seg.title == "Joint Statement by the Foreign Ministers of Japan and Australia"


def test_a_heading_repeated_before_the_body_is_the_title() -> None:
    text = "• ホーム>\n• 日・モンゴル外相会談を行いました。\n\n日・モンゴル外相会談を行いました。\n\n両大臣は会談した。\n"
    seg = renkei.segment(Source(text, "t"), "ja")
    assert seg.title == "日・モンゴル外相会談を行いました。"
    assert [s.text for s in seg.sentences] == ["両大臣は会談した。"]


def test_a_wire_dateline_gives_the_document_date() -> None:
    seg = renkei.segment(Source("date 2024-11-18 OTTAWA, November 18 - Today, they met.\n", "t"))
    assert seg.date == "2024-11-18"
