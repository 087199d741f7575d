"""moderation.names: split and misspelt listed names are read as the listed name, ordinary words are not."""

import pytest

from moderation.names import (build_index, edit_distance, name_reading, skeleton, sound_alike_reading, sound_alikes,
                             typo_words_index, typo_words_reading, vowel_drop_reading, vowel_drops)
from moderation.normalize import normalize
from moderation.prompt import lexicon_hits, lexicon_hits_of

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


def test_a_short_listed_name_missing_one_inner_vowel_is_read_as_listed():
    # Round 26: names under min_len letters get no one-edit reading, but a dropped inner vowel in a word that is no
    # word, capitalised as a name, is a deliberate spelling ("Bidn and Putn"); words, acronyms, lower-case
    # abbreviations ("sax, trmp, bass"), short tokens, tokens with digits and an end vowel dropped ("Lizz" is no
    # Lizzo, "Zidan" no Zidane) are left alone: two code reviews' finds.
    drops = vowel_drops(["biden", "putin", "obama", "lizzo", "zidane", "modi", "taylor swift"], 9)
    assert drops["bidn"] == "biden" and drops["ptin"] == "putin" and drops["obma"] == "obama"
    assert not {"lizz", "zidan", "bama", "mdi"} & set(drops)  # end vowels; "modi" has under 5 letters
    assert set(drops.values()) == {"biden", "putin", "obama", "lizzo", "zidane"}  # full names have the edit rule
    english = {"bide", "bin"}.__contains__
    assert vowel_drop_reading("Bidn and Putn playing chess", drops, english) == "biden and putin playing chess"
    assert vowel_drop_reading("Obma at the beach", drops, english) == "obama at the beach"
    assert vowel_drop_reading("B1dn and Bidn_99 and BIDN and bidn", drops, english) is None  # names are capitalised
    assert vowel_drop_reading("a recipe for Bidn", drops, lambda w: w == "bidn") is None  # a word is no misspelling


@pytest.mark.parametrize("text, hit", [("Bidn and Putn playing chess in a sauna", ["biden", "putin"]),
                                        ("Trmp dancing at a rally", ["trump"]), ("Mcron on a jet ski", ["macron"]),
                                        ("Obma and Mrkel at a summit", ["obama", "merkel"])])
def test_policy_reads_short_names_with_a_dropped_vowel(text, hit):
    assert lexicon_hits_of(text)["public_figure"] == hit


@pytest.mark.parametrize("text", ["pls txt me the bldg mgmt number", "the thx 1138 sound test", "a mdl of a sports car",
                                  "jazz quintet lineup on stage: sax, trmp, bass, drums", "my dddy and me fishing",
                                  "a 5 mcron filter cartridge in a water purifier",
                                  "exterior of TPAC in downtown Nashville at night",  # an acronym, not Tupac
                                  "a Buddhist temple mural of Shakra riding a white elephant",  # a rare word: no drop
                                  "a Swedish village called Malma covered in snow", "my friend Lizz blowing out candles",
                                  "the Zidan family opening their bakery", "a tutor leading a TESL certificate class"])
def test_words_acronyms_and_abbreviations_are_no_names_missing_a_vowel(text):
    hits = lexicon_hits_of(text)
    assert hits["public_figure"] == [] and hits["copyright"] == []


def test_skeleton_keeps_the_sound_of_a_word():
    # Round 29: the first letter and the consonants, "ph" as f, soft c as s, soft g as j, hard c/ck/q as k, doubled
    # letters once.
    assert skeleton("pikachu") == skeleton("pikachoo") == "pkch"
    assert skeleton("bulbasaur") == skeleton("bulbasor") == "blbsr"
    assert skeleton("spongebob") == skeleton("sponjbob") == "spnjb"
    assert skeleton("america") == skeleton("amerika") == "amrk"
    assert skeleton("phoenix") == "fnx" and skeleton("obama") == "obm"


def test_a_name_spelt_by_its_sound_is_read_as_listed():
    # Fake word lists (named so): the test says which written words are words, as wordfreq does in the product.
    index = sound_alikes(["pikachu", "bulbasaur", "homer simpson", "tom and jerry", "patton", "garfield", "pokemon",
                          "pokimane", "stalin", "adin ross"], min_len=6)
    fake_words = {"bulbous", "tim", "and", "jerry", "tom", "homer", "my", "friends", "the", "on", "a", "using",
                  "son", "ayden", "ross", "white", "stallion"}.__contains__
    fake_frequent = {"tim", "and", "jerry", "tom", "homer", "my", "friends", "the", "on", "a", "using", "son", "ross",
                     "white", "stallion"}.__contains__
    read = lambda text: sound_alike_reading(text, index, fake_words, fake_frequent)  # noqa: E731
    assert read("pikachoo using thunderbolt on a bulbasor") == "pikachu using thunderbolt on a bulbasaur"
    assert read("homr simpsen eating donuts") == "homer simpson eating donuts"
    assert read("a pokemn battle") == "a pokemon battle"  # the nearest of the names sharing "pkmn"
    assert read("my friends tim and jerry") is None  # every word a word
    assert read("my son ayden ross") is None  # a name people have (round 29's code review)
    assert read("a white stalion") is None  # one edit from "stallion": its typo, not Stalin (the review)
    assert read("the bulbous nose") is None  # a word is no misspelling
    assert read("my dog patten") is None  # "ptn": too short a skeleton to say
    assert read("pkchu and pikachu") is None  # five letters; "pikachu" is the name already
    assert read("tom and jerry") is None and read("homer simpson") is None  # written as listed


@pytest.mark.parametrize("text, category, hit", [
    ("Pikachoo using thunderbolt on a Bulbasor", "copyright", ["pikachu", "bulbasaur"]),
    ("Homr Simpsen eating donuts at the plant", "copyright", ["homer simpson"]),
    ("Donky Kongg throwing barrels off a crane", "copyright", ["donkey kong"]),
    ("a sponjbob episode in a real kitchen", "copyright", ["spongebob"]),
    ("Tayler Swiftt tripping on stage", "public_figure", ["taylor swift"]),
    ("kier starmr dropping a cake", "public_figure", ["keir starmer"]),
])
def test_policy_reads_names_spelt_by_their_sound(text, category, hit):
    assert lexicon_hits_of(text)[category] == hit


@pytest.mark.parametrize("text", ["my friends tim and jerry at the park", "the bulbous nose of a circus clown",
                                  "our dog patton chasing a frisbee", "the musuem at nigth, rain on the windows",
                                  "a mermaid collecting shells on a rocky shore",
                                  "my neighbour harry porter mowing his lawn",
                                  # round 29's code review: typos of words, names people have
                                  "a white stalion galloping along the beach", "a single pink maccaron on a saucer",
                                  "a kitchen fridge with a red magnett holding a photo", "a valkyre statue in a museum",
                                  "my son Ayden Ross building a sandcastle", "Tom Hinks a cyclist in the countryside",
                                  "a mermaid named Coralyn collecting shells", "a rooster named Gengor in the yard",
                                  "Chris Pruett the mechanic changing a tire", "my niece Harlie Quinn on a scooter"])
def test_ordinary_words_and_names_are_not_read_as_names_by_sound(text):
    hits = lexicon_hits_of(text)
    assert hits["public_figure"] == [] and hits["copyright"] == []


def test_a_name_written_as_listed_is_not_read_as_another_listed_spelling():
    assert lexicon_hits_of("footage of volodymyr zelensky singing karaoke")["public_figure"] == ["volodymyr zelensky"]


def test_past_the_typo_checks_a_text_may_cost_words_are_read_without_one(monkeypatch):
    # Each typo check looks up ~500 strings; a text with more candidates than MAX_TYPO_CHECKS is read fail-closed.
    import moderation.names as names
    index = sound_alikes(["stalin"], min_len=6)
    fake_frequent = {"stallion"}.__contains__
    assert sound_alike_reading("a white stalion", index, lambda w: False, fake_frequent) is None
    monkeypatch.setattr(names, "MAX_TYPO_CHECKS", 0)
    assert sound_alike_reading("a white stalion", index, lambda w: False, fake_frequent) == "a white stalin"


def test_a_name_with_a_typo_in_each_word_is_read_as_listed():
    # Fake word list (named so): the test says which written words are words, as wordfreq does in the product.
    index = typo_words_index(["donald trump", "tom hanks", "hillary clinton", "joe biden", "lionel messi"])
    fake_words = {"tom", "banks", "joe", "widen", "in", "a", "cell", "named", "my", "dog", "hilary"}.__contains__
    read = lambda text: typo_words_reading(text, index, fake_words)  # noqa: E731
    assert read("donlad trunp in a cell") == "donald trump in a cell"  # a swap and a changed letter
    assert read("lionell mesi in a cell") == "lionel messi in a cell"  # a letter added, one dropped
    assert read("tom banks in a cell") is None  # "banks" is a word: a private person's name
    assert read("joe widen") is None  # "widen" is a word
    assert read("hilary clintom") is None  # every word that differs must be no word ("hilary" is one here)
    assert read("my dog named donlad trunp") is None  # a name given to someone
    assert read("donald trump in a cell") is None  # written as listed: the lexicons read it already
    assert read("tom hanks") is None and read("tom") is None  # "tom" is shorter than a name's words may be
    assert read("dnoald trupm") == "donald trump"  # two swaps, one a word
    assert read("dolnad trunp") is None  # "dolnad" is two edits from "donald"
    assert read("tonald trunp") is None  # a first letter changed


@pytest.mark.parametrize("text", ["Donlad Trunp in an orange jumpsuit crying in his cell, prison cctv angle",
                                  "Jutsin Bieebr singing in a prison cell", "Darht Vadre selling ice cream"])
def test_policy_reads_a_name_with_a_typo_in_each_word(text):
    hits = lexicon_hits_of(text)
    assert hits["public_figure"] + hits["copyright"] != []
