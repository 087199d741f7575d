"""moderation.names: split and misspelt listed names are read as the listed name, ordinary words are not."""

import pytest

from moderation.names import build_index, edit_distance, name_reading
from moderation.normalize import normalize
from moderation.prompt import lexicon_hits

LISTED = ["lionel messi", "mark zuckerberg", "batman", "superman", "taylor swift", "tom hanks", "tie fighter",
          "professor x", "harry potter", "putin", "darkwing duck", "facebook", "wario", "daniela ruah"]
ENGLISH = {"the", "fighter", "tom", "banks", "professor", "super", "man", "a", "lifts", "car", "baker", "on", "stage",
           "scoring", "eating", "fish", "and", "arguing", "at", "diner", "film", "new", "dark", "wing", "duck",
           "flying", "face", "book", "war", "game", "put", "in", "file", "cake", "oven"}


@pytest.fixture(scope="module")
def index():
    return build_index(LISTED, min_len=9)


def read(text, index):
    return name_reading(normalize(text), index, lambda w: w in ENGLISH, lambda w: w in ENGLISH)


@pytest.mark.parametrize("text, expected", [
    ("Lio nel Mes si scoring", "lionel messi scoring"),  # split into 3+ words
    ("Mark Zucker-berg eating fish", "mark zuckerberg eating fish"),  # a symbol inside a word
    ("Bat.man and Super.man arguing at a diner", "batman and superman arguing at a diner"),
    ("taylor swfit on stage", "taylor swift on stage"),  # two letters swapped
    ("the new harry poter film", "the new harry potter film"),  # a letter dropped
    ("Put.in on stage", "putin on stage"),  # "in" stays a word, not a web ending
    ("a dark.wing duck flying", "a darkwing duck flying"),  # a dot inside a word is deliberate
])
def test_split_and_misspelt_names_are_read_as_listed(text, expected, index):
    assert read(text, index) == expected


@pytest.mark.parametrize("text", [
    "a super man lifts a car",  # two ordinary words, split where "superman" is not
    "tom banks the baker",  # one letter from a name, but every word is a word
    "the fighter on stage",  # "thefighter" is one letter from "tiefighter"
    "the professor at the diner",  # "professor x" less its last word
    "lionel messi scoring",  # written as listed: the lexicon regex reads it, no second reading needed
    "harry potter",
    "a dark wing duck flying",  # three common English words are a phrase, not a split name
    "the file cake_put_in_oven.mp4",  # part of a longer identifier
    "a folder face_book_scans",
    "the game war.io",  # a web address ending
    "daniel awuah cooking",  # one edit from "daniela ruah", but across the word break: another person
])
def test_ordinary_words_and_exact_names_give_no_reading(text, index):
    assert read(text, index) is None


def test_edit_distance_counts_a_swap_as_one_edit():
    assert edit_distance("swfit", "swift", 2) == 1
    assert edit_distance("poter", "potter", 2) == 1
    assert edit_distance("abcdef", "ghijkl", 2) == 3  # stops once past the limit


@pytest.mark.parametrize("text, category, hit", [
    ("Lio nel Mes si scoring for Real Madrid", "public_figure", "lionel messi"),
    ("oprah winfree tripping down the stairs", "public_figure", "oprah winfrey"),
    ("hello kity eating ramen", "copyright", "hello kitty"),
    ("Bat.man and Super.man at a diner", "copyright", "batman"),
])
def test_policy_reads_names_spelt_around_the_list(text, category, hit):
    assert hit in lexicon_hits(normalize(text))[category]


@pytest.mark.parametrize("text", [
    "a chameleon slowly changing colours on a branch",  # one letter from a Pokemon, but a word
    "a boxing knockout, the fighter dropping to the canvas",
    "an anatomy professor pointing at a skeleton",
    "Una nonna tira la sfoglia col mattarello per fare le tagliatelle",  # Italian rolling pin, not Mattarella
    "tom banks the baker icing a cake",
    "Nonna rolling pasta dough with a mattarello",  # Italian word in an English sentence
    "a professora ensinando matematica",  # short Portuguese: a word in some language is no misspelling
    "a river put-in for kayaks",  # hyphenated words are words, not a split "putin"
    "cat/dog adoption day at the shelter",
])
def test_policy_leaves_words_near_names_alone(text):
    hits = lexicon_hits(normalize(text))
    assert hits["public_figure"] == [] and hits["copyright"] == []
