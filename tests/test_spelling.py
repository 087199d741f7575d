"""moderation.spelling: misspelt English words are read as the common word they nearly spell."""

import pytest

from moderation.normalize import normalize
from moderation.prompt import misspelling_reading
from moderation.spelling import build_spelling_index, correct, spelling_reading

COMMON = [("death", 5.0), ("depth", 4.3), ("everywhere", 4.9), ("realistic", 4.2), ("fire", 5.1), ("fare", 4.0),
          ("screaming", 3.9), ("wedding", 4.6)]


@pytest.fixture(scope="module")
def index():
    return build_spelling_index(COMMON)


def test_the_most_frequent_neighbour_with_the_same_first_letter_wins(index):
    assert correct("deth", index) == "death"  # one edit from death and from depth; death is more frequent
    assert correct("evrywhere", index) == "everywhere"
    assert correct("realistc", index) == "realistic"
    assert correct("weddnig", index) == "wedding"  # two letters swapped
    assert correct("zzzz", index) is None


def test_reading_changes_only_words_that_are_not_words(index):
    known = {"by", "chainsaw", "set", "on", "the", "fare"}.__contains__
    assert spelling_reading("deth by chainsaw, realistc", index, known) == "death by chainsaw, realistic"
    assert spelling_reading("set on fyre", index, known) == "set on fire"
    assert spelling_reading("the fare", index, known) is None  # a word, though one edit from "fire"
    assert spelling_reading("a kat in the sun", index, known) is None  # under four letters: too ambiguous


def test_policy_reading_is_for_english_only():
    assert misspelling_reading(normalize("deth by chainsaw, body cut in half, blood evrywhere, realistc")) == \
        "death by chainsaw, body cut in half, blood everywhere, realistic"
    # Portuguese is not misspelt English ("inverno" is not "inferno", "praça" not the brand "prada")
    assert misspelling_reading(normalize("Árvores peladas no inverno numa praça de Curitiba")) is None
    assert misspelling_reading(normalize("a red circle moving left on a black background")) is None
