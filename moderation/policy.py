"""THE prompt policy table: categories, thresholds, lexicons with allow-contexts, and classifier settings.

Everything moderation.prompt decides comes from `POLICY`; changing what is blocked means editing this file only.

Pattern language (lexicons, allow-contexts, signals): Python regular expressions over the *normalised* text
(moderation.normalize: lower case, ASCII, runs of a letter capped at two). moderation.prompt compiles every
pattern so that each literal letter may repeat ("nude" also matches "nuude") and so that a match must start and
end on a word boundary. A lexicon match is neutralised when an allow-context match of the same category covers
it ("a shot of espresso", "a naked flame") or when a negation word directly precedes it ("no gore").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from moderation.normalize import normalize

CATEGORIES: tuple[str, ...] = (
    "sexual", "minors", "violence", "hate", "self_harm", "extremism", "public_figure", "copyright", "insult",
)
STAGES: tuple[str, ...] = ("prompt", "negative_prompt", "upsampled_prompt")


@dataclass(frozen=True)
class CategoryRule:
    """One policy category: what it forbids, its lexicon, the benign contexts that excuse a lexicon match, and
    the semantic-head probability at or above which it fires without any keyword. `semantic` is False for
    categories that are a lookup, not a meaning (who is named, which brand): the head has no output for them and
    only the lexicon decides, since no sentence embedding can know every name."""

    name: str
    description: str
    threshold: float
    terms: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    semantic: bool = True


def _split(names: str) -> tuple[str, ...]:
    """A comma-separated block of names -> patterns (spaces may also be hyphens or nothing: "spider-man")."""
    out = []
    for name in names.split(","):
        name = " ".join(name.split()).lower()
        if name:
            words = re.split(r"[\s\-]+", normalize(name))
            # Spaces and hyphens may be written either way or dropped ("spider-man", "spiderman"); dots and
            # apostrophes may be dropped ("mr bean", "mcdonalds").
            out.append(r"[\s\-]?".join(re.escape(w).replace(r"\.", r"\.?").replace("'", "'?") for w in words))
    return tuple(out)


# Living or recent public figures: generating their likeness by name is refused. Only full names or surnames that
# are not ordinary words are listed; "trump" and "bush" carry allow-contexts below.
PUBLIC_FIGURES = _split("""
donald trump, trump, melania trump, ivanka trump, joe biden, biden, jill biden, kamala harris, barack obama, obama,
michelle obama, hillary clinton, bill clinton, george w bush, george bush, jeb bush, dick cheney, mike pence,
nancy pelosi, bernie sanders, alexandria ocasio-cortez, aoc, ron desantis, nikki haley, mitch mcconnell,
chuck schumer, ted cruz, marco rubio, jd vance, tim walz, gavin newsom, rishi sunak, boris johnson,
theresa may, keir starmer, liz truss, david cameron, tony blair, nigel farage, jeremy corbyn, emmanuel macron,
macron, marine le pen, angela merkel, merkel, olaf scholz, vladimir putin, putin, volodymyr zelensky, zelensky,
zelenskyy, xi jinping, narendra modi, modi, shinzo abe, fumio kishida, justin trudeau, trudeau, jacinda ardern,
benjamin netanyahu, netanyahu, recep tayyip erdogan, erdogan, kim jong un, kim jong-un, ali khamenei, khamenei,
bashar al-assad, jair bolsonaro, bolsonaro, lula da silva, javier milei, giorgia meloni, viktor orban,
pope francis, pope leo, dalai lama, king charles, prince william, prince harry, meghan markle, kate middleton,
queen elizabeth, greta thunberg, malala yousafzai, elon musk, jeff bezos, mark zuckerberg, zuckerberg,
bill gates, warren buffett, tim cook, sundar pichai, satya nadella, sam altman, jensen huang, steve jobs,
larry page, sergey brin, jack ma, richard branson, peter thiel, taylor swift, beyonce, rihanna, lady gaga,
ariana grande, billie eilish, selena gomez, justin bieber, katy perry, miley cyrus, dua lipa, adele,
ed sheeran, harry styles, shakira, jennifer lopez, j lo, kanye west, kanye, kim kardashian, kardashian,
kylie jenner, kendall jenner, khloe kardashian, kourtney kardashian, paris hilton, eminem, snoop dogg,
jay-z, nicki minaj, cardi b, doja cat, travis scott, post malone, the weeknd, bruno mars,
olivia rodrigo, sabrina carpenter, chappell roan, madonna, britney spears, christina aguilera, celine dion,
elton john, paul mccartney, mick jagger, bob dylan, bruce springsteen, dolly parton, lil nas x,
tom cruise, tom hanks, brad pitt, angelina jolie, leonardo dicaprio, dicaprio, johnny depp, amber heard,
scarlett johansson, jennifer aniston, jennifer lawrence, margot robbie, emma watson, emma stone, zendaya,
timothee chalamet, tom holland, robert downey jr, chris hemsworth, chris evans, chris pratt, ryan reynolds,
ryan gosling, keanu reeves, dwayne johnson, will smith, jada pinkett smith, denzel washington,
morgan freeman, samuel l jackson, al pacino, robert de niro, meryl streep, nicole kidman, julia roberts,
sandra bullock, anne hathaway, natalie portman, gal gadot, jason momoa, henry cavill, pedro pascal,
cillian murphy, florence pugh, sydney sweeney, anya taylor-joy, jenna ortega, millie bobby brown,
arnold schwarzenegger, sylvester stallone, jackie chan, jet li, bruce willis, harrison ford, mark hamill,
daniel radcliffe, rupert grint, emma roberts, kevin hart, jim carrey, adam sandler, will ferrell,
steve carell, jimmy fallon, jimmy kimmel, stephen colbert, ellen degeneres, oprah winfrey, oprah,
joe rogan, tucker carlson, mrbeast, mr beast, pewdiepie, logan paul, jake paul, andrew tate, kai cenat,
ishowspeed, cristiano ronaldo, ronaldo, lionel messi, messi, neymar, kylian mbappe, mbappe, erling haaland,
david beckham, victoria beckham, zlatan ibrahimovic, mohamed salah, harry kane, lebron james, lebron,
michael jordan, kobe bryant, stephen curry, kevin durant, shaquille o'neal, shaq, giannis antetokounmpo,
tom brady, patrick mahomes, travis kelce, aaron rodgers, serena williams, venus williams, roger federer,
rafael nadal, novak djokovic, andy murray, naomi osaka, carlos alcaraz, tiger woods, rory mcilroy,
usain bolt, simone biles, michael phelps, conor mcgregor, mike tyson, floyd mayweather, muhammad ali,
lewis hamilton, max verstappen, shohei ohtani, wayne gretzky, virat kohli, sachin tendulkar, shah rukh khan,
priyanka chopra, deepika padukone, aishwarya rai, salman khan, amitabh bachchan, jungkook, blackpink,
jennie kim, lisa manoban, jisoo, son heung-min, mr. bean, rowan atkinson,
gordon ramsay, jamie oliver, martha stewart, david attenborough, stephen hawking, neil degrasse tyson,
anthony fauci, jk rowling, stephen king, george r r martin, quentin tarantino, steven spielberg,
christopher nolan, martin scorsese, james cameron, hayao miyazaki, greta gerwig, kevin spacey,
harvey weinstein, jeffrey epstein, ghislaine maxwell, bill cosby, r kelly, diddy, sean combs, osama bin laden,
saddam hussein, muammar gaddafi, fidel castro, nelson mandela, mahatma gandhi, princess diana,
michael jackson, whitney houston, prince harry, freddie mercury, john lennon, elvis presley, marilyn monroe,
kurt cobain, tupac, tupac shakur, biggie smalls, amy winehouse, mac miller, avicii, xxxtentacion,
juice wrld, lil peep, chadwick boseman, heath ledger, robin williams, matthew perry, paul walker,
""")

# A real person named by office or role instead of by name ("the current French president", "the guy who runs
# Tesla"): the description picks out one living person as surely as the name does.
_COMPANIES = (r"(tesla|spacex|amazon|meta|facebook|microsoft|apple|google|alphabet|twitter|openai|nvidia|netflix|"
              r"berkshire hathaway|alibaba|oracle|x corp|the washington post|bytedance|tiktok|instagram)")
_OFFICES = (r"(president|prime minister|premier|chancellor|pope|dictator|supreme leader|first lady|"
            r"vice president|secretary of state|head of state)")
PUBLIC_FIGURE_DESCRIPTIONS = (
    r"(current|sitting|incumbent|today's) (\w+ )?(\w+ )?" + _OFFICES,
    r"(" + _OFFICES[1:-1] + r"|king|queen|crown prince) of (the )?(united states|usa|us|america|france|russia|china|"
    r"germany|india|israel|ukraine|north korea|iran|brazil|turkey|the uk|united kingdom|britain|canada|italy|japan|"
    r"argentina|hungary|mexico|the vatican)",
    r"(the )?(ceo|founder|co-?founder|owner|boss|head|chairman|richest (man|person)) (of|at|behind) " + _COMPANIES,
    r"(guy|man|woman|person|billionaire|dude|bloke|fellow|lady) who (runs|owns|founded|bought|leads|started|built) "
    + _COMPANIES,
)

# Copyrighted characters, franchises and trademarked brands. Bare first names ("mickey", "mario") are not listed:
# "Mickey's diner" is a diner; "mickey mouse" is the character.
COPYRIGHTED = _split("""
mickey mouse, minnie mouse, donald duck, daisy duck, pluto the dog, elsa from frozen, anna from frozen,
olaf from frozen, disney's frozen, frozen 2, 
elsa and anna, queen elsa, frozen's elsa, olaf the snowman, simba, mufasa, the lion king, buzz lightyear,
woody and buzz, toy story, lightning mcqueen, nemo and dory, finding nemo, shrek, donkey from shrek, goofy and mickey, lilo and stitch, toothless the dragon, venom symbiote, fiona from shrek,
puss in boots, spongebob, spongebob squarepants, patrick star, squidward, sandy cheeks, mr krabs, dora the explorer,
peppa pig, paw patrol, bluey, pikachu, pokemon, charizard, bulbasaur, squirtle, jigglypuff, eevee, mewtwo, ash ketchum,
super mario, mario bros, mario kart, luigi's mansion, princess peach, bowser, yoshi, donkey kong, wario,
the legend of zelda, princess zelda, link from zelda, ganondorf, sonic the hedgehog, knuckles the echidna,
pac-man, pacman, kirby, samus aran, master chief, kratos, lara croft, minecraft steve, creeper from minecraft,
minecraft, fortnite, roblox, tetris, grand theft auto, gta v, 
overwatch, league of legends, world of warcraft, zelda, metroid, mortal kombat, resident evil,
geralt of rivia, cyberpunk 2077, elden ring, dark souls, genshin impact, hello kitty, sanrio,
spider-man, spiderman, peter parker, miles morales, iron man, tony stark, captain america, thor odinson,
the hulk, incredible hulk, hawkeye, doctor strange, scarlet witch, ant-man, groot,
rocket raccoon, thanos, deadpool, x-men, professor x, magneto, the avengers, avengers,
guardians of the galaxy, batman, bruce wayne, the joker, harley quinn, catwoman, robin and batman, superman,
clark kent, lex luthor, wonder woman, aquaman, justice league, suicide squad,
teenage mutant ninja turtles, ninja turtles, optimus prime, bumblebee transformer, megatron,
g.i. joe, barbie, ken doll, polly pocket, my little pony, care bears, smurfs, the smurfs, garfield, snoopy,
charlie brown, scooby-doo, scooby doo, shaggy rogers, tom and jerry, bugs bunny, daffy duck, porky pig,
tweety bird, looney tunes, wile e coyote, the simpsons, homer simpson, bart simpson,
marge simpson, lisa simpson, family guy, peter griffin, stewie griffin, south park, eric cartman, rick and morty,
rick sanchez, bojack horseman, futurama, bender rodriguez, finn and jake, gravity falls,
avatar the last airbender, naruto, naruto uzumaki, sasuke, monkey d luffy, luffy, goku, son goku,
dragon ball, vegeta, sailor moon, attack on titan, my hero academia, death note, totoro,
my neighbor totoro, spirited away, studio ghibli, hatsune miku, doraemon, astro boy, gundam, evangelion,
star wars, darth vader, luke skywalker, princess leia, han solo, chewbacca, yoda, baby yoda, grogu, the mandalorian,
obi-wan kenobi, r2-d2, c-3po, stormtrooper, kylo ren, boba fett, jedi knight, lightsaber, star trek, captain kirk,
mr spock, harry potter, hermione granger, ron weasley, dumbledore, voldemort, hogwarts, hagrid, draco malfoy,
lord of the rings, gandalf, frodo baggins, gollum, legolas, aragorn, sauron, the hobbit, game of thrones,
daenerys targaryen, jon snow, tyrion lannister, hunger games, katniss everdeen, james bond, 007,
indiana jones, jack sparrow, pirates of the caribbean, jurassic park, the terminator, terminator, robocop,
predator alien, xenomorph, godzilla, king kong, e.t. the extra-terrestrial, ghostbusters, back to the future,
marty mcfly, neo from the matrix, john wick, rambo, rocky balboa, freddy krueger, jason voorhees,
michael myers, chucky doll, pennywise, hannibal lecter, ghostface, the addams family, wednesday addams,
sherlock bbc, tardis, dalek, mr bean cartoon, wallace and gromit, paddington bear, thomas the tank engine,
teletubbies, sesame street, elmo, cookie monster, kermit the frog, miss piggy, the muppets, barney the dinosaur,
shrek the third, despicable me, kung fu panda, how to train your dragon, 
ariel the little mermaid, moana, 
maleficent, tinker bell, 
lilo and stitch, wall-e, ratatouille, the incredibles, monsters inc, sully and mike, up pixar, 
coca-cola, coca cola, red bull can, red bull energy drink, amazon prime, amazon logo, marvel comics,
marvel studios, marvel superhero, skittles candy, domino's pizza, wendy's burger, black widow avenger, natasha romanoff, wakanda,
t'challa, autobots, decepticons, among us crewmate, among us impostor, angry birds game, call of duty game,
modern warfare game, tanjiro, straw hat pirates, one piece anime, inside out pixar, barry allen, the flash superhero,
the witcher geralt, logan wolverine, coke bottle, pepsi, fanta, mcdonald's, mcdonalds, big mac, ronald mcdonald,
burger king, kfc, colonel sanders, starbucks, subway restaurant, taco bell, pizza hut,
dunkin donuts, nike, air jordan, adidas, reebok, under armour, gucci, louis vuitton, chanel,
prada, versace, hermes, dior, balenciaga, rolex, tiffany & co, ray-ban, levi's, supreme brand, apple logo,
iphone, ipad, macbook, airpods, apple watch, microsoft, windows logo, xbox, playstation, nintendo, nintendo switch,
game boy, google, youtube, facebook, instagram, tiktok, twitter logo, snapchat, whatsapp, netflix, disney,
pixar, dc comics, warner bros, hbo, tesla, ferrari, lamborghini, porsche, bmw,
mercedes-benz, audi, toyota, ford mustang, harley-davidson, lego, hot wheels, nerf, play-doh, oreo, m&m's,
kit kat, doritos, pringles, heinz, nutella, kellogg's, tony the tiger, the pillsbury doughboy, michelin man,
mr clean, energizer bunny, geico gecko, m&ms characters, intel inside, nvidia, samsung galaxy, sony walkman, canon camera,
mario and luigi, luigi and mario, mushroom kingdom, rainbow road, bikini bottom, krusty krab, krabby patty,
gotham city, the dark knight, caped crusader, web-slinger, web slinger, friendly neighborhood spider,
the boy who lived, lightning-bolt scar, lightning bolt scar, lightning scar on his forehead,
middle-earth, one ring to rule them all, the force awakens, a galaxy far far away,
jedi, sith lord, pokeball, poke ball, gotta catch em all, hyrule, triforce, arendelle, the ice queen who sings,
let it go from frozen,
""")
# Well-known descriptions of copyrighted characters without their names.
CHARACTER_DESCRIPTIONS = (
    r"(yellow )?(sea )?sponge (who|that) lives in a pineapple", r"lives in a pineapple under the sea",
    r"(yellow|square) sponge (in|with) (square )?(pants|trousers)", r"(boy|young) wizard with (a |the )?(lightning|scar)",
    r"wizard (boy|kid|student) with round glasses and a (lightning|scar)", r"green ogre (from|in|who lives in) (the|a|his) swamp",
    r"(red|italian) (capped )?plumber (who )?(jumps|jumping|stomping|with a mustache) (on )?(mushrooms|goombas|koopas|turtles)",
    r"(fast )?blue hedgehog (in|with) red (sneakers|shoes)", r"yellow electric (mouse|rodent) (pokemon|that shoots)",
    r"billionaire (in a )?bat (suit|costume)|bat-themed vigilante", r"(boy|teen) bitten by a radioactive spider",
)


@dataclass(frozen=True)
class ClassifierSettings:
    """The semantic head over MiniLM sentence embeddings and the profanity model."""

    head_dir: Path = Path(__file__).resolve().parent.parent / "assets" / "moderation"
    head_weights: str = "prompt_head.npz"  # float32 arrays W1 (384,H), b1 (H,), W2 (H,C), b2 (C,)
    head_meta: str = "prompt_head.json"  # categories (column order), training facts
    encoder_top_layers: str = "prompt_encoder_top.safetensors"  # MiniLM's last layers, fine-tuned with the head
    max_length: int = 128  # MiniLM tokens per chunk; long prompts are also split into sentences
    max_chunks: int = 8  # whole text + up to 7 sentences, so one bad sentence in a long caption still shows
    profanity_threshold: float = 0.9  # alt-profanity-check probability that counts as abuse...
    profanity_untargeted_weight: float = 0.5  # ...scaled down unless aimed at someone ("shit happens" is not an insult)


@dataclass(frozen=True)
class PromptPolicy:
    """The whole prompt policy."""

    rules: tuple[CategoryRule, ...]
    # A minor term anywhere + any sexual signal (lexicon, weak cue, or sexual semantic score >= this) -> "minors".
    minor_terms: tuple[str, ...]
    minor_allow: tuple[str, ...]
    sexual_cues: tuple[str, ...]
    minors_sexual_score: float
    # Allow-contexts of the sexual lexicon that still count as a sexual signal next to a minor term (fine-art nudity).
    minors_ignore_allow: tuple[str, ...]
    negations: tuple[str, ...]
    negatable: tuple[str, ...]
    injections: tuple[str, ...]
    insult_targets: tuple[str, ...]
    # Which categories may block at each stage. A negative prompt lists what to keep OUT of the video
    # ("nudity, gore, blurry"), so only text that is abusive in itself blocks there.
    stage_categories: tuple[tuple[str, tuple[str, ...]], ...] = ()
    classifier: ClassifierSettings = ClassifierSettings()

    def enforced(self, stage: str) -> tuple[str, ...]:
        """The categories that may refuse text at `stage`."""
        for name, cats in self.stage_categories:
            if name == stage:
                return cats
        raise ValueError(f"stage must be one of {STAGES}, got {stage!r}")

    @property
    def semantic_categories(self) -> tuple[str, ...]:
        """The categories the semantic head scores (its output columns, in this order)."""
        return tuple(r.name for r in self.rules if r.semantic)

    def rule(self, name: str) -> CategoryRule:
        for r in self.rules:
            if r.name == name:
                return r
        raise ValueError(f"unknown policy category {name!r}; known: {CATEGORIES}")


_GROUPS = (r"(jews?|jewish people|muslims?|arabs?|blacks?|black people|africans?|asians?|chinese|mexicans?|"
           r"latinos?|hispanics?|immigrants?|refugees?|gay (people|men|folks?)|queer people|lgbtq?\\+? people|gays?|"
           r"lesbians?|trans people|transgender people|women|"
           r"christians?|hindus?|indians?|gypsies|roma|whites?|white people|disabled people|catholics?|sikhs?)")
_PEOPLE = (r"(a |an |the |his |her |their |my |some |two |three |several )?(man|men|woman|women|person|people|"
           r"child|children|kid|kids|baby|girl|boy|guy|victim|victims|hostage|hostages|prisoner|soldier|cop|"
           r"officer|civilians?|family|crowd|neighbou?r|teacher|stranger|him|her|them|everyone|somebody|someone)")
_SELF = r"(myself|himself|herself|themselves|yourself|yourselves|ourselves|oneself)"
# Nudity in fine art: a marble nude, a nude figure study. Allowed as sexual content, but still a sexual signal when
# a minor is mentioned (PromptPolicy.minors_ignore_allow).
_ART_NUDITY = (r"(nudes?|naked) (\w+ )?(statues?|sculptures?|torsos?|busts?|reliefs?|paintings?|portraits?|frescos?|"
               r"figure (drawing|painting|study|studies)|figure|life drawings?|studies|study|in (marble|bronze|oil))",
               r"(statues?|sculptures?|paintings?|frescos?|reliefs?|canvas(es)?|carvings?|etchings?|figures?|figurines?|drawings?|"
               r"busts?|torsos?|"
               r"sketch(es)?|studies|study) of (a |an |the |two )?"
               r"(\w+ )?(nudes?|naked)", r"(classical|renaissance|greek|roman|ancient|marble|bronze|baroque) (\w+ )?(nudes?|naked)",
               r"life drawing (class|session)")

POLICY = PromptPolicy(
    rules=(
        CategoryRule(
            "sexual", "sexual content or nudity", 0.5,
            terms=(r"nud(e|es|ity|ist)", r"naked", r"porn\w*", r"pron", r"xxx?", r"sex", r"sexual(ly)? explicit",
                   r"sex (scene|act|tape|video|position)s?", r"having sex", r"(sexual )?intercourse", r"making love",
                   r"nsfw", r"hentai", r"erotic\w*", r"orgasm\w*", r"masturbat\w*", r"genital\w*", r"penis(es)?",
                   r"vagina\w*", r"vulva", r"clitoris", r"erection", r"boobs?", r"tits", r"titties", r"nipples?",
                   r"bare (breasts|chest(ed)? woman|butt|bottom)", r"breasts", r"topless", r"bottomless",
                   r"strip ?tease", r"strippers?", r"stripping (naked|off)", r"lap ?dance", r"blow ?jobs?",
                   r"hand ?jobs?", r"cum(shot)?", r"dildos?", r"sex toys?", r"fetish\w*", r"bdsm", r"bondage",
                   r"onlyfans", r"cam ?girls?", r"doggy ?style", r"missionary position", r"gang ?bang\w*",
                   r"threesome", r"orgy|orgies", r"lewd", r"rule ?34|r34", r"ahegao", r"milfs?", r"upskirt",
                   r"(without|no|not wearing|wearing no|taking off) (any |their |his |her )?(clothes|clothing)",
                   r"unclothed", r"undress(ed|ing)", r"wearing nothing", r"in the buff", r"birthday suit",
                   r"explicit (scene|content|photo|video)s?", r"sexy (pose|body|nude)", r"horny", r"aroused",
                   r"spread(ing)? (her|his|their) legs", r"grop(e|es|ed|ing)", r"molest\w*", r"rap(e|es|ed|ing)",
                   r"rapist", r"sexual(ly)? assault\w*", r"camel ?toe", r"see[- ]?through (top|shirt|dress)"),
            allow=(r"naked (flame|eye|truth|mole[- ]rats?|ambition|aggression|steel|wire|bulb|light ?bulb|tree|"
                   r"branch(es)?|wall|stone|concrete)", r"naked[- ]?(footed|feet|foot)", r"(chicken|duck|turkey|pheasant) breasts?", r"breasts? cancer",
                   r"sex (education|ed|chromosomes?|ratio|determination)", r"(the )?sex of (a |an |the )?[a-z]+",
                   r"(biological|opposite|same|either|both) sex(es)?", r"same[- ]sex (marriage|couple)",
                   r"(blue|great|coal|marsh|willow) tits", r"nude[- ]?(colou?r(ed)?|lipstick|tones?|palette|heels|shades?|beige|"
                   r"leotards?|tights|stockings|pumps)",
                   r"(rape ?seed|rapeseed)( oil| field)?", r"grape", r"undressed (salad|wound|lumber)",
                   r"strip (mall|steak|club sandwich)", r"bondage (of|under) (law|debt)",
                   r"(nipple|nipples) (of a baby bottle|on a baby bottle)|baby bottle nipples?",
                   r"xx chromosomes?") + _ART_NUDITY),
        CategoryRule(
            "minors", "sexual content involving minors", 0.5,
            terms=(r"lol(i|is|icon)", r"shota(con)?", r"jail ?bait", r"child porn\w*", r"cp video", r"pedo\w*",
                   r"paedo\w*", r"csam", r"underage (sex|nude|porn\w*|girls? naked)", r"preteen (model|nude)s?")),
        CategoryRule(
            "violence", "graphic violence or gore", 0.5,
            terms=(r"gore", r"gory", r"disembowel\w*", r"decapitat\w*", r"behead\w*", r"dismember\w*", r"mutilat\w*",
                   r"eviscerat\w*", r"entrails", r"innards", r"intestines (spill\w*|hanging|out)",
                   r"guts (spill\w*|everywhere|hanging|out|pouring)", r"(blood and guts|guts and blood)",
                   r"severed (head|limb|arm|leg|hand|finger|body)s?", r"slit(ting)? (his|her|their|a man's|someone's)? ?throats?",
                   r"stab(s|bed|bing)? " + _PEOPLE, r"stabbed to death", r"beat(en)? to death", r"bludgeon\w*",
                   r"blood (spurt\w*|splatter\w*|gush\w*|pool\w*|everywhere|soaked|bath)", r"bloodbath",
                   r"blood-?soaked", r"brains? (splatter\w*|blown out|everywhere|spill\w*)", r"tortur(e|ed|es|ing)",
                   r"massacr(e|es|ed|ing)", r"murder(s|ed|ing)? " + _PEOPLE,
                   r"(kill|kills|killed|killing|slaughter|slaughtering|slaughtered|execute|executing|executed|"
                   r"butcher|butchering|butchered) " + _PEOPLE, r"shoot(s|ing)? " + _PEOPLE + r" (dead|in the (head|face))",
                   r"shot (dead|in the head)", r"blow(ing)? (his|her|their|someone's) (head|brains) (off|out)",
                   r"public execution", r"execution (video|style)", r"burn(ed|t|ing)? alive", r"skinned alive",
                   r"buried alive", r"(rotting|mutilated|bloody|headless) (corpse|body|bodies|corpses)", r"cannibal\w*",
                   r"snuff (film|video)", r"graphic violence", r"impal(ed|ing)", r"crushed skull", r"skull (cracked|crushed|split)",
                   r"head (split|cracked|smashed) open", r"exposed (organs|bone|brain)", r"eyes? gouged( out)?",
                   r"(torn|ripped) (apart|limb from limb|to pieces)", r"flay(ed|ing)", r"(chainsaw|axe|machete) (murder|massacre|attack)",
                   r"(hack|hacked|hacking) (him|her|them|to death|to pieces)", r"strangl(e|ed|es|ing) " + _PEOPLE,
                   r"lynch\w*", r"mass grave", r"mass shootings?", r"(smash|bash|cav|stomp|crush)\w* (in )?(his|her|their|"
                   r"someone's|a man's|a woman's|the victim's|a fellow's|a guy's) (head|face|skull)s? (in|open|against|into|"
                   r"until|to a pulp|again)", r"beat(en|ing)? (\w+ )?to a (bloody )?pulp", r"pile of (dead )?bodies", r"dead bodies everywhere",
                   r"set(s|ting)? " + _PEOPLE + r" on fire", r"set(s|ting)? (a |the |an |some |stray )?(dogs?|cats?|pupp(y|ies)|"
                   r"kittens?|horses?|animals?|pets?) on fire", r"(dogs?|cats?|pupp(y|ies)|kittens?|horses?|animals?|pets?) "
                   r"(being )?(set on fire|burned alive|skinned|tortured|kicked to death|beaten to death|drowned on purpose)",
                   r"(torturing|torture|kicking|burning|skinning) (a |the |stray )?(dogs?|cats?|pupp(y|ies)|kittens?|animals?)"),
            allow=(r"bloody mary", r"blood (orange|moon|type|test|donation|drive|pressure|sugar|bank|cells?)",
                   r"murder (mystery|of crows|board game)", r"kill(ing)? (the )?(lights|engine|time|process|switch|bugs?|weeds?)",
                   r"(torture|tortured) (museum|device exhibit)", r"execute (the|a|this|our) (plan|order|code|program|command)",
                   r"gore-?tex", r"al gore", r"gored by (a|the) bull", r"massacre (memorial|museum|anniversary)",
                   r"kill(s|ed)? (it|them all on stage)|killed it|killing it",
                   r"(shoes|boots|heels|feet|back|knees?|legs|heat|workout|reps?|squats|traffic|commute|suspense|wait|"
                   r"homework|deadline|exam|hangover|cold|joke|song|laughter|stairs|hike|climb|run) (is |are |was |were )?"
                   r"(really |literally |nearly |almost |totally )?(killing|killed) (me|him|her|them|us)",
                   r"(heat|heatwave|frost|drought|cold|weather|sun|snails?|slugs?|pests?|bugs?|aphids?) (is |are |was )?"
                   r"killing (her|his|my|their|the) (tomatoes|plants|garden|roses|crops|lawn|flowers|seedlings)",
                   r"gor(e|y) (makeup|effects?|prosthetics?|scars? painted|special effects)|(fake|stage|movie) (blood|gore)", r"decapitated (snake plant|statue)",
                   r"(blood|guts) (and glory)", r"tortured (artist|soul|genius|poet|expression)", r"david lynch|jane lynch|lynch ?pin|lynchburg")),
        CategoryRule(
            "hate", "hateful content against protected groups", 0.5,
            terms=(r"nigg(er|a|ers|as|az)", r"the n[- ]?word", r"chinks?", r"spics?", r"kikes?", r"faggots?", r"fags", r"trann(y|ies)",
                   r"wetbacks?", r"ragheads?", r"towel ?heads?", r"gooks?", r"dykes?", r"beaners?", r"paki(s)?",
                   r"kaffirs?", r"sand ?nigg\w*", r"jungle bunn(y|ies)", r"porch monkeys?", r"coons?", r"zipperheads?",
                   r"subhumans?", r"untermensch\w*", r"inferior races?", r"master race", r"race traitors?",
                   _GROUPS + r" (are|is) (vermin|animals|subhuman|inferior|rats|parasites|cockroaches|a disease|scum|"
                   r"filth|dirty|evil|apes|monkeys|pigs|dogs|savages|a plague|worthless|trash|not human|terrorists|criminals|"
                   r"rapists|thieves|murderers|invaders|a cancer|disgusting|degenerates|groomers|pedophiles|bombers)",
                   _GROUPS + r" (burn|burns|burning|rot|rots|rotting|roasting|suffering) in hell",
                   r"(celebrat\w*|cheer\w*|laugh\w* at|mock\w*) " + _GROUPS + r" (dying|burning|suffering|being (killed|"
                   r"beaten|attacked|burned))",
                   r"(hate|hates|hating|kill all|exterminate|gas|deport all|ban all|death to( the)?|destroy the) " + _GROUPS,
                   r"go back to (your|their) (own )?country", r"mock(ing|s)? " + _GROUPS, r"(black|jewish|muslim) people as (apes|monkeys|rats)",
                   r"ethnic cleansing", r"anti-?semitic (cartoon|caricature|propaganda)", r"racist (caricature|cartoon|joke)s?",
                   r"blackface", r"happy merchant", r"hook[- ]?nosed? (banker|jew|merchant|money ?lender)s?",
                   r"(jews|zionists|globalists|the jews) (run|control|own) (the world|the media|the banks|everything|hollywood)",
                   r"you know who (runs|controls) (things|the world|everything)", r"zog", r"\(\(\(\w+\)\)\)",
                   r"six million (lies|hoax)|holocaust (hoax|never happened|is a lie)"),
            allow=(r"coon ?hound", r"raccoons?", r"cocoon", r"pakistan\w*", r"dyke (road|wall)|van dyke",
                   r"spic and span", r"chinks? (in|of) (the |his |her |their )?(armou?r|light|the curtain)", r"faggots (and|with) (peas|gravy|mash)")),
        CategoryRule(
            "self_harm", "suicide or self-harm depicted or encouraged", 0.5,
            terms=(r"suicid(e|al)", r"kill(s|ed|ing)? " + _SELF, r"kms", r"kys", r"end(s|ed|ing)? (my|his|her|their|your) (own )?life",
                   r"take (my|his|her|their|your) own life", r"self[- ]?(harm\w*|injur\w*|mutilat\w*|inflicted)",
                   r"cut(s|ting)? (myself|himself|herself|themselves|yourself|(my|his|her|their|your) (wrists?|arms?|thighs?))",
                   r"slit(s|ting)? (my|his|her|their|your)? ?wrists?", r"(bleeding|slashed|cut) wrists?",
                   r"hang(s|ed|ing)? " + _SELF, r"noose (around|round) (my|his|her|their|your) neck",
                   r"overdos(e|ed|es|ing)", r"jump(s|ed|ing)? off (a|the) (bridge|building|roof|cliff) to (die|end it)",
                   r"pro[- ]?(ana|mia)", r"thinspo\w*", r"starv(e|es|ed|ing) (myself|himself|herself|themselves)",
                   r"purg(e|ing) after (eating|meals)", r"razor (blade )?(cuts|scars) on (my|his|her|their) (arms?|wrists?)",
                   r"want(s)? to die", r"wants? to disappear forever", r"(pills|bottle of pills) to (die|end it)",
                   r"unaliv(e|es|ed|ing) " + _SELF, r"sewer ?slide", r"meanspo",
                   r"(die|died|dying|dead|death) by (my|his|her|their|your|one's) own hands?",
                   r"(bulimia|anorexia|purging|starving|starvation|fasting to (get )?skinny) (tips|tricks|hacks|guide|tutorial|"
                   r"challenge|coach|motivation)", r"purg(e|es|ed|ing) (quietly |secretly )?(in the bathroom|after (eating|"
                   r"meals|dinner|lunch|breakfast))", r"([1-5]\d\d|a few hundred) (calories|kcal) a day",
                   r"days? (of|without) (no )?food", r"no[- ]food (challenge|diary|streak)",
                   r"ctb", r"barcode (arms?|wrists?|thighs?|cuts?)", r"ugw", r"ed ?twt", r"sh[- ']?ing",
                   r"(tak(e|es|ing)|took) (my|his|her|their|your) own li(fe|ves)",
                   r"(decid\w*|going|gonna|wants?|plans?|planning|ready) to end it all",
                   r"bridge jump(ing)?( pov)?", r"fresh (red )?(lines|cuts) (on|across) (a|my|his|her|their|your) "
                   r"(forearms?|arms?|wrists?|thighs?|skin)", r"(cuts|scars|self[- ]harm) aesthetic",
                   r"quitarse la vida|suicidarse|se suicida|suicidio|se suicider|selbstmord|sich umbringen",
                   r"ana (tips|coach|buddy)", r"(step|steps|stepping|jump|jumps|jumping|throw\w* (my|him|her|them)sel(f|ves)) "
                   r"in front of (a|an|the) (oncoming |speeding |moving )?(train|bus|truck|subway|car)",
                   r"(fresh|deep|bleeding) cuts on (a|my|his|her|their|your) (wrists?|arms?|thighs?)",
                   r"encourag\w* (viewers|people|them|kids|teens|fans|followers|you|others) to (hurt|harm|cut|starve|kill) "
                   r"(themselves|yourself|yourselves)"),
            allow=(r"suicide (prevention|hotline|helpline|awareness|squad)",
                   r"(prevent(s|ing)?|prevention of|stop(ping)?|reduc(e|es|ing)) (teen |youth |veteran |student )?suicides?", r"suicidal (thoughts )?(helpline|support|prevention)",
                   r"(warning signs|signs|risk factors) (of|that|someone|a friend)\b[\w\s']{0,40}?(suicid(e|al)|self[- ]?harm)",
                   r"(recover(y|ed|ing) from|struggl(ed|ing) with|surviv(ed|ing|or of|ors of)|overc[ao]m(e|ing)|heal(ed|ing) "
                   r"from|(helped|help|got|get|getting|made it) (them |him |her |me )?through|free (from|of)|(years?|months?|days?) "
                   r"(clean|free) (of|from)) (years of |their |her |his |my |a )?(suicidal thoughts|self[- ]?harm|"
                   r"(a |their |her |his )?suicide attempts?|suicide loss|suicidal (feelings|ideation|depression))",
                   r"suicide (loss|bereavement|survivors?|crisis (line|lifeline|center|centre)|rates?|statistics|research)",
                   r"(\d{3} )?suicide (and|&) crisis lifeline|crisis (line|lifeline|text line)",
                   r"(died|lost( \w+){0,2}) (by|to) suicide|(people|those|lives|loved ones) lost to suicide", r"(study|studies|lecture|research) "
                   r"(of|on|about) suicide", r"(cover(ing|s|ed)?|hid(e|es|ing)|healed|faded|old) (\w+ )?self[- ]?harm scars",
                   r"(are|were) you (thinking (about|of)|having thoughts of) (killing yourself|suicide|ending your life)",
                   r"(ask|asks|asking|asked) (\w+ ){0,4}(if|whether) (\w+ ){0,3}(thinking|having thoughts) (about|of) "
                   r"(suicide|killing (themselves|himself|herself|yourself)|ending (their|his|her|your) li(fe|ves))",
                   r"(unfollow\w*|quit|stopp?(ed|ing)?|delet\w*) (\w+ ){0,3}thinspo",
                   r"(psa|awareness|support|recovery|helpline|hotline|training|course|workshop|campaign) (about|for|on) (suicide|self[- ]?harm)",
                   r"overdose (awareness|prevention|reversal|kit)|naloxone", r"self[- ]harm (prevention|support|awareness)",
                   r"cut(ting)? (my|his|her) (hair|nails|losses)", r"overdose (of|on) (sugar|caffeine|cuteness|sunshine|chocolate)")),
        CategoryRule(
            "extremism", "violent extremism, terrorism, or its propaganda", 0.5,
            terms=(r"isis", r"islamic state", r"al[- ]?qa[ei]?da", r"daesh", r"jihad\w*", r"mujahideen", r"taliban (propaganda|recruit\w*|flag)",
                   r"nazi (propaganda|rally|salute|flag|uniform|parade)s?", r"neo[- ]?nazi\w*", r"heil hitler", r"sieg heil",
                   r"hitler", r"swastikas?", r"1488", r"white (power|pride|genocide|supremac\w*|nationalis\w*)",
                   r"great replacement", r"kkk|ku klux klan", r"klansm[ae]n", r"burning cross", r"martyrdom (video|operation)",
                   r"suicide (bomb\w*|vests?)", r"car bomb\w*", r"pipe bombs?", r"(build|make|making|assemble|assembling) (a |an )?"
                   r"(bomb|ied|explosive device)s?", r"bomb[- ]?making", r"\bieds?\b", r"terror(ist)? (attack|cell|training camp)s?",
                   r"(mass|school|mosque|church|synagogue) shooting", r"shoot(ing)? up (a|the) (school|mosque|church|synagogue|mall|concert)",
                   r"terrorist manifesto|shooter'?s manifesto", r"lone wolf (attack|jihad)", r"behead(ing)? (video|hostages?)",
                   r"atomwaffen", r"boogaloo bois", r"boko haram", r"al[- ]?shabaa?b", r"isis[- ]?k", r"lashkar[- ]e[- ]taiba",
                   r"jaish[- ]e[- ]mohammed", r"the base (militia|recruit\w*)", r"patriot front", r"order of nine angles", r"hamas (militants?|fighters|propaganda)", r"recruit\w* (for|to|into) (isis|jihad|"
                   r"the caliphate|al qaeda|the militia)", r"glorif\w* (terror\w*|the attack|the shooter|martyrs?)", 
                   r"osama bin laden", r"brenton tarrant", r"anders breivik", r"unabomber", r"third reich propaganda",
                   r"waffen[- ]?ss", r"totenkopf", r"(kill|killing|attack|attacking) (infidels|the kuffar|non-?believers|apostates)"),
            allow=(r"(goddess|temple of|egyptian) isis", r"isis (goddess|statue|temple)", r"(hindu|buddhist|jain) swastikas?",
                   r"(defeat|fall|downfall) of hitler|hitler'?s (defeat|downfall)", r"school shooting (memorial|vigil|drill)",
                   r"white (power ?ranger|pride (rose|flower))")),
        CategoryRule("public_figure", "a real, named public figure's likeness", 0.5,
                     terms=PUBLIC_FIGURES + PUBLIC_FIGURE_DESCRIPTIONS, semantic=False,
                     allow=(r"trump (card|suit)s?", r"(play|played|playing) (a|the|your|my) trump", r"trumps? (all|everything|the)",
                            r"(a |the |green |rose |holly )?bush(es)? (in|by|near|with|of|outside)", r"(rose|holly|thorn|berry|burning) bush",
                            r"bush (fire|land|walk|tucker|baby)", r"(the )?rock (climbing|formation|band|music|garden|face|wall|pool|"
                            r"star|and roll|'n' roll)", r"(taylor|tom|johnny) (swift|cruise|depp) (bird|ship|river)",
                            r"adele (street|road)", r"(prince|pope) (charming|of persia)", r"shaq (fu)", r"king charles spaniels?",
                            r"madonna (and|with) (the )?child|(virgin|renaissance|sistine) madonna")),
        CategoryRule("copyright", "copyrighted characters, franchises or brands", 0.5,
                     terms=COPYRIGHTED + CHARACTER_DESCRIPTIONS, semantic=False,
                     allow=(r"(greek|roman|the) (god|goddess) (thor|loki|nike|hermes|pluto|apollo)", r"(planet|dwarf planet) pluto",
                            r"pluto (planet|the planet)", r"halo (effect|of light|around|above)|(a |an |golden |angel'?s? )halo",
                            r"(the )?flash (of|photography|flood|card|light)|camera flash|(a|the|bright) flash", r"(real|the) venom of",
                            r"(snake|spider) venom", r"amazon (rainforest|river|jungle|basin|warrior)", r"(ford|jaguar|puma|mustang|"
                            r"tesla) (the animal|wild|horse|cat|coil)", r"(wild|pack of|mountain) (pumas?|mustangs?|jaguars?)",
                            r"(coke|coal) (oven|furnace|smelter)", r"(a|an|the) (apple|windows?) (tree|pie|orchard|frame|pane|sill)",
                            r"(thor|loki) (heyerdahl|the cat)", r"robin (bird|red ?breast|redbreast|hood)|(a|the) robin (on|in|singing)",
                            r"hermes (the messenger|greek)", r"(gandhi|tony stark) quote",
                            r"channels?")),  # letters may repeat in a match ("chaanel"), so "channel" would read "chanel"
        CategoryRule(
            "insult", "insults or harassment aimed at a person", 0.5,
            terms=(r"(you|u|ur|youre|you're|your) (are |r )?(a |an |such a |such an |fucking |stupid |dumb |worthless |pathetic |ugly |fat )*"
                   r"(idiot|moron|imbecile|loser|bitch|bastard|asshole|arsehole|dickhead|dick|prick|cunt|twat|retard|scumbag|"
                   r"piece of (shit|garbage|trash|crap)|waste of (space|oxygen|air)|freak|slut|whore|pig|clown|failure)s?",
                   r"fuck (you|off|u|this guy|that guy|your|him|her|them)", r"stfu", r"go to hell", r"son of a bitch",
                   r"motherfuck\w*", r"dumbass", r"jackass", r"dipshit", r"shithead", r"douche ?bag", r"nobody (loves|likes) you",
                   r"(everyone|everybody) hates you", r"you (suck|disgust me|should be ashamed|make me sick)",
                   r"(humiliat\w*|mock\w*|ridicul\w*|bully\w*|harass\w*) (my|his|her|their|the|a|this|that) (neighbou?r|coworker|"
                   r"classmate|teacher|boss|ex|sister|brother|friend|colleague|kid)", r"(fat|ugly|stupid) (bitch|cow|pig|slob)",
                   r"insult(ing)? (my|his|her|this|that) (ex|boss|coworker|neighbou?r|teacher|classmate)",
                   r"(a )?face only a mother could love", r"(so|too) ugly (that )?(even )?(a |the |your |his |her )?(mirror|mother|mom|dog)",
                   r"(fat|ugly|stupid|worthless|pathetic) (loser|freak|cow|pig|whale|slob)s?"),
            allow=(r"clown (fish|car|costume|makeup|at a circus|juggling)", r"(guinea|the|a|pink|little) pigs?", r"spotted dick"))),
    minor_terms=(r"child(ren)?", r"kids?", r"kiddie", r"toddlers?", r"infants?", r"bab(y|ies)", r"little (girl|boy)s?",
                 r"young (girl|boy)s?", r"girls?", r"boys?", r"teen(s|age|ager|agers)?", r"pre-?teens?", r"tweens?",
                 r"underage", r"minors?", r"school ?(girl|boy|kid|child)s?", r"(middle|elementary|primary|high) school(er)?s?",
                 r"(daughter|son|niece|nephew|stepdaughter|stepson)s?", r"juveniles?", r"adolescents?", r"pubescent",
                 r"(1[0-7]|[1-9])[- ]?(years?|yrs?|yo)([- ]old)?", r"(aged?|age) (1[0-7]|[1-9])", r"(one|two|three|four|five|"
                 r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]years?[- ]old",
                 r"lol(i|is)", r"shota", r"cub(s)? (in|wearing)|(little|young) ones"),
    minor_allow=(r"minor (key|chord|scale|detail|injur\w*|league|change|issue|role|planet|third)", r"kid gloves", r"kidding",
                 r"baby (blue|pink|shower|carrots?|spinach|steps?|grand|bottle|monitor|food|elephant|animals?|turtles?|birds?|"
                 r"penguins?|goats?|dragon|yoda)", r"(a|the) (boy|girl) scouts?"),
    sexual_cues=(r"sexy", r"seductive(ly)?", r"suggestive(ly)?", r"provocative(ly)?", r"sensual(ly)?", r"lingerie",
                 r"underwear", r"panties", r"thong", r"cleavage", r"revealing (outfit|clothes|dress|pose)", r"skimpy",
                 r"alluring", r"flirt\w*", r"pin-?up", r"(come|came) hither", r"moan\w*", r"lustful(ly)?", r"sultry",
                 r"adult (content|video|film)", r"in (a |her |his )?(bra|bikini) (posing|on a bed)", r"bedroom eyes"),
    minors_sexual_score=0.4,
    minors_ignore_allow=_ART_NUDITY,
    negations=(r"no", r"not", r"without", r"nothing", r"never", r"zero", r"free of", r"non", r"avoid", r"avoiding",
               r"minus"),
    # Words for unwanted content that a negation may govern ("no nudity", "without blood or gore"): such negated
    # phrases are removed before the semantic layer, which cannot read negation reliably.
    negatable=(r"nudity", r"nude", r"naked(ness)?", r"gore", r"gory", r"blood(y|shed)?", r"violen(ce|t)", r"weapons?",
               r"guns?", r"knives", r"injur(y|ies)", r"suggestive( content)?", r"revealing( outfits| clothes)?",
               r"sexual( content)?", r"explicit( content)?", r"nsfw", r"celebrit(y|ies)", r"logos?", r"brands?( names)?",
               r"trademarks?", r"text", r"watermarks?", r"copyrighted (characters?|content)", r"scary", r"graphic( images|"
               r" content| violence)?", r"harm", r"animals harmed", r"casualties", r"insults?", r"hate", r"swearing",
               r"profanity", r"people", r"(recogni[sz]able|identifiable|real) (faces|people|persons?)", r"faces",
               r"deaths?", r"dead bodies", r"corpses", r"injuries shown", r"drugs", r"smoking", r"alcohol",
               r"(cutting|cut|hurting|hurt|burning|burn|injuring) (yourself|yourselves|themselves|your (fingers?|hands?))"),
    injections=(r"ignore (all |any )?(of )?(your |the |my |previous |prior |above |earlier )*(rules|instructions|guidelines|"
                r"filters?|polic(y|ies)|restrictions|safety|prompts?)((,| and| or) (all |your |the |previous |prior )*"
                r"(rules|instructions|guidelines|filters?|polic(y|ies)|restrictions|safety|prompts?))*", r"disregard (all |your |the |previous )*(rules|instructions|"
                r"guidelines|filters?|polic(y|ies)|safety)", r"you are (now )?(an? )?(unfiltered|uncensored|jailbroken|unrestricted|dan)",
                r"(developer|god|admin|dan|jailbreak) mode", r"(this is|it'?s|its) (only |just )?(for|a) (research|science|"
                r"educational purposes|test|academic)", r"(filter|filters|safety|moderation) (is |are )?(off|disabled|turned off)",
                r"(bypass|override|turn off|disable) (the |your |all )?(filter|filters|safety|moderation|rules|restrictions)",
                r"pretend (you have|there are) no (rules|restrictions|filters)", r"system prompt", r"as an ai without (rules|limits)"),
    insult_targets=(r"you|u|ur|your|youre|you're|ya", r"(my|his|her|their|this|that) (neighbou?r|coworker|classmate|teacher|"
                    r"boss|ex|sister|brother|friend|colleague|wife|husband|mom|dad|mother|father)", r"(he|she|they) (is|are)"),
    stage_categories=(("prompt", CATEGORIES), ("upsampled_prompt", CATEGORIES),
                      ("negative_prompt", ("hate", "extremism", "insult"))),
)
