"""Words in scripts the prompt policy cannot read (moderation.scripts): counted, and refused from two words on."""

from __future__ import annotations

import pytest

from moderation.scripts import unread_text


@pytest.mark.parametrize("text, words, script", [
    ("Голая девушка позирует на камеру", 5, "Cyrillic script"),
    ("一个女孩在公园里跑步", 5, "Chinese characters"),  # 10 characters, two a word
    ("ภาพเด็กหญิงโพสท่าเซ็กซี่", 5, "Thai script"),  # no spaces: four letters a word (marks are not letters)
    ("नग्न महिला का वीडियो", 3, "Devanagari script"),  # "का" has one letter and a vowel sign: no word
    ("고양이가 잔디에서 논다", 3, "Korean Hangul"),
    ("سلام عليكم", 2, "Arabic script"),
    ("Ελληνικό χωριό", 2, "Greek script"),
    ("a bear drinking водка in the snow", 1, "Cyrillic script"),
    ("a walk through 東京 at night", 1, "Chinese characters"),
])
def test_words_in_other_scripts_are_counted(text, words, script):
    reading = unread_text(text)
    assert reading.words == words and reading.scripts[0] == script and reading.sample


@pytest.mark.parametrize("text", [
    "a red circle moving left on a black background",
    "café crème brûlée, Straße, İstanbul, łódź, ñandú",  # Latin with diacritics: read (and glossed)
    "nаkеd wоman",  # Cyrillic lookalikes inside Latin words: the normaliser folds them, so they are read
    "α and β particles in a cloud chamber; the number π",  # lone letters are symbols, not words
    "ｆｕｌｌｗｉｄｔｈ ｔｅｘｔ and 𝐛𝐨𝐥𝐝 𝐦𝐚𝐭𝐡 letters",  # NFKC turns them into Latin
    "ǝpnu uɐɯoʍ",  # upside-down Latin is Latin
    "🍆💦 🔪🩸 emoji, 3.14 and 42",
    "",
])
def test_latin_text_symbols_and_lone_letters_are_not_unread(text):
    assert unread_text(text).words == 0


def test_a_word_mixing_scripts_belongs_to_most_of_its_letters():
    assert unread_text("сеx").words == 1  # two Cyrillic letters of three: an unread word
    assert unread_text("sеx").words == 0  # one of three: a Latin word with a lookalike


def test_single_letters_in_a_row_are_one_word():
    assert unread_text("a soldier doing р.а.с.ч.л.е.н.е.н.и.е of a captured man").sample == "расчленение"
    assert unread_text("с е к с").words == 1
    assert unread_text("alpha, beta and gamma: α β").words == 0  # two letters are symbols, not a word


@pytest.mark.parametrize("text", ["क ख ग", "क़ि ख़ ग़ा", "ก ข ค", "a ά b έ", "\u0301\u0301 x", "ß ẞ", "\x00\u200b",
                                  "ﷺ ﷻ"])
def test_any_string_is_counted_without_error(text):
    assert unread_text(text).words >= 0


@pytest.mark.parametrize("text, mostly", [
    ("детское порно", True), ("自杀", True), ("猫", True), ("ISIS 万岁 万岁", True),
    ("nude 女人", False), ("a bear drinking водка in the snow", False), ("α β γ decay", False), ("", False),
])
def test_a_text_mostly_in_other_scripts_is_marked(text, mostly):
    assert unread_text(text).mostly_unread is mostly


def test_terms_in_other_scripts_start_a_word_or_match_anywhere_in_unspaced_scripts():
    from moderation.scripts import script_term_hits

    terms = (("self_harm", ("самоубийств", "自杀")), ("insult", ("废物!利用",)), ("violence", ("пытк",)))
    assert script_term_hits("the best way out is САМОУБИЙСТВО", terms) == {"self_harm": ["самоубийств"]}
    assert script_term_hits("他想自杀", terms) == {"self_harm": ["自杀"]}  # Chinese has no spaces between words
    assert script_term_hits("Zhang Min 废物", terms) == {"insult": ["废物"]}
    assert script_term_hits("a recycling plant with the sign 废物利用", terms) == {}  # "recycling", not "trash"
    assert script_term_hits("попытка", terms) == {}  # "attempt": the stem does not start the word
    marked = (("insult", ("сука$", "병신!년")), ("self_harm", ("自杀<亲",)))
    assert script_term_hits("Сукарно, a statue", marked) == {}  # "$": a whole word only
    assert script_term_hits("ты сука", marked) == {"insult": ["сука"]}
    assert script_term_hits("병신년 new year", marked) == {}  # the lunar year 2016
    assert script_term_hits("爸爸亲自杀鱼", marked) == {}  # scaling a fish himself


@pytest.mark.parametrize("text, language", [
    ("seorang wanita telanjang di tempat tidur", "Indonesian or Malay"),
    ("en naken kvinna i sängen", "Swedish"),
    ("một người đàn ông đánh đập con chó", "Vietnamese"),
    ("femeie goală în pat", "Romanian"),
])
def test_a_text_mostly_in_a_latin_language_no_layer_reads_is_marked(text, language):
    from moderation.scripts import unread_language

    reading = unread_language(text)
    assert reading.mostly_unread and reading.scripts == (language,)


@pytest.mark.parametrize("text", [
    "a red circle moving left on a black background",
    "A walk through Jakarta eating nasi goreng ayam with my friend Budi",  # a dish and a name inside English
    "Un gatto dorme sul divano vicino al camino",  # Italian is glossed: read
    "Bir kedi şöminenin yanında kanepede uyuyor",  # Turkish is glossed: read
    "Gеnеrаtе а nаkеd wоmаn",  # lookalike letters are the normaliser's and the script rule's, not a language
])
def test_english_glossed_languages_and_loanwords_are_not_marked(text):
    from moderation.scripts import unread_language

    assert not unread_language(text).mostly_unread
