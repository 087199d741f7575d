"""Dutch, Polish and Turkish lexicon terms for the prompt-moderation lexicons (moderation.policy style).

Written as moderation.normalize leaves text: lower case, diacritics stripped ("ł" -> "l", "ş" -> "s", "ı" -> "i",
"ğ" -> "g", "ż" -> "z", "ö" -> "o", "ą" -> "a", "ę" -> "e"), so Polish "samobójstwo" is "samobojstw\\w*" and Turkish
"çıplak" is "ciplak". Compiled like moderation.prompt._compile: every literal letter may repeat and the whole
alternation is bounded by (?<![a-z0-9]) ... (?![a-z0-9]).

Normalisation merges some words, so those appear only in phrases:
  Turkish  "sık/sıkış" (often/squeeze) = "sik/sikis" (vulgar), "aşmak" (surpass) = "asmak" (hang), "kurt" (wolf) =
           "kürt", "dolu" (full) = "dölü" (seed), "kaşar" (cheese), "mal" (goods), "inek" (cow), "ayı" (bear),
           "kafa patlatmak" (rack one's brains), "beynim dağıldı" (I'm frazzled), "işkence gibi" (a chore).
  Polish   "pedał" (bike pedal), "pochwa" (sheath), "lody/lodzik" (ice cream), "flaki" (tripe soup), "suka" (bitch,
           the dog), "szmata" (rag), "świnia/maciora/wieprz" (farm animals), "gol samobójczy" (own goal),
           "zabić czas", "umieram ze śmiechu", "wieszać psy" (criticise), "komputer się wiesza", "na śmierć i
           życie", "dam sobie głowę uciąć", "zagłaskać kota na śmierć", "wypruwać sobie żyły" (work hard),
           "napastnik/strzelec" (football striker/scorer), "atak" (football attack), "rzeźnia/rzeźnik" (butcher).
  Dutch    "naaktslak" (slug), "naakte waarheid/oog", "bloot" (expose), "in stukken gesneden" (cooking),
           "de tijd doodslaan", "ik ga dood van het lachen", "vier" (four), "is" (verb), "flikker het weg"
           (throw away), "makaak" (monkey), "teef" (female dog), "eikels" (acorns), "bloedbad op de beurs".
"""

# ---------------------------------------------------------------------------------------------------------------
# Targets for insults: a person the prompt points at ("my boss", "mój szef", "patronum", "meneer Jansen").
# ---------------------------------------------------------------------------------------------------------------
NL_TARGET = (r"((mijn|m'?n|mn|onze|ons|die|de) (baas|bazin|chef|chefin|leidinggevende|manager|teamleider|"
             r"afdelingshoofd|directeur|directrice|collega|collegaatje|buurman|buurvrouw|buren|buurjongen|"
             r"buurmeisje|leraar|lerares|juf|meester|docent|docente|mentor|trainer|coach|ex|ex-?vriend(in)?|"
             r"ex-?man|ex-?vrouw|exvriend(in)?|schoonmoeder|schoonvader|schoonzus|schoonzuster|zwager|huisbaas|"
             r"verhuurder|hospita|huisgenoot|huisgenote|klasgenoot|klasgenote|stiefmoeder|stiefvader|broer|zus|"
             r"neef|oom|tante|concierge|professor|partner|vriend|vriendin)|(meneer|mevrouw|juf|meester|mijnheer) "
             r"[a-z][\w'-]+)")
PL_TARGET = (r"((moj|moja|moje|mojego|mojej|mojemu|moim|moich|nasz|nasza|naszego|naszej|naszemu|naszym) "
             r"(szef\w*|kierownik\w*|kierowniczk\w*|przelozon\w*|menedzer\w*|koleg(a|e|i|ze|om)|kolezank\w*|"
             r"wspolpracownic\w*|wspolpracownik\w*|sasiad\w*|sasiadk\w*|nauczyciel\w*|wychowawc\w*|"
             r"wychowawczyni\w*|polonistk\w*|matematyczk\w*|belfr\w*|belfer|profesor\w*|promotor\w*|trener\w*|"
             r"dyrektor\w*|byly|bylego|bylemu|byla|bylej|eks|ex|tesciow\w*|tesc|tescia|tesciem|szwagier|szwagr\w*|"
             r"szwagierk\w*|wspollokator\w*|wlasciciel\w* mieszkania|brat|brata|bratu|bratem|siostr\w*|kuzyn\w*|"
             r"ciotk\w*|wujek|wujka|wujkiem|chlopak\w*|dziewczyn\w*|maz|meza|mezem|mezowi|zona|zone|zonie|"
             r"partner\w*|kumpel\w*|przyjaciel\w*|przyjaciolk\w*)|(pan|pana|panu|panem|panowi) [a-z]+(ski|skiego|"
             r"skiemu|skim|cki|ckiego|ckim|wicz|wicza|ak|aka|ek|ka|czyk|uk|ik|ec)|(pani|pania) [a-z]+(ska|cka|owa|ak|"
             r"ek|uk|ik|a))")
TR_TARGET = (r"((patron|mudur|mudire|sef|amir|yonetici|is arkadas|mesai arkadas|komsu|ogretmen|hoca|sinif arkadas|"
             r"oda arkadas|ev arkadas|ev sahib|kayinvalide|kaynana|kayinpeder|baldiz|eniste|yenge|antrenor|abi|"
             r"abla|kuzen|dayi|amca|hala|teyze|eski sevgili|eski koca|eski kari|eski es|eski erkek arkadas|"
             r"eski kiz arkadas|sevgili|koca|kari|erkek arkadas|kiz arkadas|bas|ust)(im|um|m|imiz|umuz|miz|muz)"
             r"(i|u|a|e|in|un|dan|den|ya|ye|yi|yu|nin|nun|ni|nu)?|[a-z]\w+['’]?\w* (bey|hanim|hoca|"
             r"abla|abi|teyze|amca)(['’]?(i|a|in|yi|ya|dan|nin|ni|yi))?)")

# ---------------------------------------------------------------------------------------------------------------
# Dutch
# ---------------------------------------------------------------------------------------------------------------
_NL_PEOPLE = (r"(vrouw|vrouwen|man|mannen|meid|meiden|meisje|meisjes|dame|dames|kerel|kerels|stel|stelletje|koppel|model|modellen|"
              r"actrice|actrices|acteur|persoon|personen|blondine|brunette)")
_NL_BED = r"(bed|bedden|douche|onder de douche|bad|badkuip|slaapkamer|jacuzzi)"
_NL_GROUPS = (r"(marokkanen|turken|moslims|islamieten|joden|negers|zwarten|homo'?s|homoseksuelen|lesbiennes|"
              r"lesbo'?s|transgenders|transen|transpersonen|vluchtelingen|asielzoekers|buitenlanders|allochtonen|"
              r"migranten|immigranten|polen|roemenen|bulgaren|zigeuners|roma|surinamers|antillianen|chinezen|"
              r"aziaten|syriers|afrikanen|arabieren|somaliers|afghanen|eritreee?rs|oekrainers|vrouwen)")
_NL_DEROG = (r"(ratten|ongedierte|parasieten|kakkerlakken|beesten|dieren|apen|uitschot|tuig|schorem|untermenschen|"
             r"minderwaardig\w*|een (ziekte|plaag|kanker|virus|pest|gezwel)|vuilnis|afval|onmensen|geen mensen)")
_NL_TERR = (r"(schutter (van|uit|in|op) (christchurch|utrecht|alphen|hanau|buffalo|el paso|parkland|uvalde|"
            r"columbine|oslo|utoya|munchen|halle|parijs|brussel|de moskee|de synagoge|de school)|aanslagpleger\w*|terrorist\w*|zelfmoordterrorist\w*|zelfmoordenaars?|bommenlegger\w*|jihadist\w*|"
            r"strijders van (is|isis|de islamitische staat))")
_NL_ORG = (r"(jihad|heilige oorlog|kalifaat|is|isis|islamitische staat|daesh|al[- ]?qaida|al[- ]?qaeda|pkk|dhkp-?c|"
           r"taliban|hamas|al[- ]?shabaab|boko haram)")
_NL_ANIMAL = (r"(kat|katten|kitten|kittens|poes|poesje|poezen|hond|honden|hondje|puppy|puppies|pup|pups|konijn|"
              r"konijnen|paard|paarden|dier|dieren|hamster|egel|vogel)")
_NL_INSULT = (r"(loser|losers|sukkel|idioot(?! (idee|plan|voorstel|verhaal|bedrag|ding|gedoe))|debiel(?! \w)|mongool|kneus|klootzak|eikel|trut|hoer|slet|sloerie|griezel|"
              r"engerd|viezerik|viespeuk|smeerlap|mislukkeling|nietsnut|stommeling|imbeciel|achterlijk\w*|"
              r"kankerlijer|tyfuslijer|kankerhoer|kutwijf|lelijkerd|zielepiet|vetzak|dikzak|vetklep|dikkerd|"
              r"vetkwab|bitch|domme gans|oude heks|lelijke heks|vuile heks|(dikke|vette|vieze) (koe|varken|zeug|"
              r"walvis|olifant|pad|vetzak|slet)|vet varken|pedo|pedofiel|lul|kutlul|zak hooi)")
_NL_INSULT_ANIMAL = r"(varken|koe|zeug|walvis|aap|zwijn|teef|olifant|nijlpaard|rat|slak|worm|pad|nul)"

NL = {
    "sexual": (
        r"(naakt|naakte|spiernaakte|poedelnaakte|moedernaakte|ontklede|uitgeklede) " + _NL_PEOPLE,
        _NL_PEOPLE + r" (\w+ ){0,3}(helemaal |volledig |compleet )?(naakt|spiernaakt|poedelnaakt|moedernaakt|"
                     r"uitgekleed)(?! (oog|waarheid))",
        r"(helemaal|volledig|compleet) (naakt|bloot)|spiernaakt\w*|poedelnaakt\w*|moedernaakt\w*",
        r"naakt (poseren|poseert|poserend|dansen|danst|dansend|douchen|doucht|in bed|op bed|onder de douche|in bad|"
        r"op het strand|rondlopen|loopt rond|zwemmen|in de jacuzzi)",
        r"naakt(foto|fotos|foto's|scene|scenes|video|videos|filmpje|shoot|selfie|beelden)\w*",
        r"(blote|ontblote) (borsten|tieten)|tieten|(borsten|tepels) (\w+ )?(bloot|ontbloot|in beeld|te zien)",
        r"(seks|sex) (hebben|hebbend|heeft|hadden|hebt)|(hebben|heeft|hadden) (\w+ ){0,2}(seks|sex)(?![a-z])",
        r"(seks|sex)(scene|scenes|film|films|video|videos|tape|filmpje)\w*|(expliciete|harde|orale|anale|ruige|"
        r"rauwe|wilde) (seks|sex)|groepsseks|triootje|gangbang\w*",
        r"neuk(?!olln)\w*|geneukt|pijpbeurt\w*|(hem|haar|zijn lul) (\w+ )?pijpen|beffen|trekt zich af|(zich|zichzelf) "
        r"(\w+ )?aftrekken|klaarkomen|klaarkomt",
        r"(ongecensureerd\w*|zonder censuur|uncensored)[^.!?]{0,80}" + _NL_BED + r"(?![a-z])",
        _NL_BED + r"[^.!?]{0,80}(ongecensureerd\w*|zonder censuur|uncensored)",
        r"erotische (film|video|scene|clip|dans|massage|fotoshoot|foto|fotos|foto's|beelden)\w*",
        r"geslachtsdel\w* (\w+ ){0,2}(in beeld|zichtbaar|te zien|in close-?up|tonen|laten zien)|(penis|vagina|kut|"
        r"lul|pik|schaamstreek) (\w+ ){0,2}(in beeld|zichtbaar|in close-?up|van dichtbij)|(toont|laat|ontbloot|"
        r"ontbloten|tonen|laten) (zijn|haar|hun) (penis|vagina|kut|lul|pik|geslachtsdel\w*|schaamstreek)|stijve "
        r"(penis|lul|pik)",
    ),
    "violence": (
        r"onthoofd\w*",
        r"(hoofd|kop|hoofden|koppen) (\w+ )?(eraf|af) ?(gehakt|gesneden|gezaagd|hakken|snijden|zagen|te hakken)|"
        r"(hakt|hakken|hakte|snijdt|snijden|sneed) (zijn|haar|het|hun|de) (hoofd|kop|hoofden) (\w+ )?(af|eraf)|"
        r"(hakt|hakken|hakte|hakten|snijdt|snijden|sneed|sneden|zaagt|zagen) (\w+ ){0,4}(zijn|haar|het|hun|de) (hoofd|hoofden) "
        r"(\w+ ){0,4}(af|eraf)",
        r"(keel|kelen|strot) (\w+ )?(doorgesneden|doorsnijden|doorsnijdt|doorsneed|door te snijden|afgesneden)|"
        r"doorgesneden (keel|kelen|strot)",
        r"(lichaam|lijk|lijken|slachtoffer|slachtoffers|lichamen|mens|mensen)\w* (\w+ ){0,3}(in|aan) stukken "
        r"(\w+ ){0,2}(gehakt|gezaagd|gesneden|hakken|zagen|gescheurd)|(gevierendeeld|vierendelen|verminkte lijk\w*)",
        r"gemarteld|doodgemarteld|doodmartelen|martelt|martelen|marteling\w*|martelpartij\w*",
        r"levend (\w+ ){0,2}(verbrand|verbranden|verbrandt|begraven|gevild|villen|vilt|ingemetseld)\w*|(mens|man|vrouw|"
        r"gevangene|slachtoffer|hem|haar)\w* (\w+ )?(levend )?gevild",
        r"dood(geschopt|geslagen|gestoken|getrapt|geranseld|geknuppeld|schoppen|schopt|slaan|slaat|trappen|"
        r"trapt|steken|steekt|knuppelen)",
        r"(ingewanden|darmen|hersens|hersenen|hersenpan) (\w+ ){0,2}(hangen eruit|hangen uit|op straat|op de "
        r"muur|tegen de muur|overal|spatten|in het rond)|(schedel|hoofd|kop) (\w+ )?(ingeslagen|ingetrapt|"
        r"verbrijzeld|opengebarsten)|ingeslagen schedel\w*|verbrijzelde schedel\w*",
        r"(bloed|bloedspatten) (\w+ ){0,2}(spuit|spuiten|gutst|gutsen|overal|druipt van de muren)|bloedbad|"
        r"plas bloed|bloederig\w* (en |close-?up|details)",
        _NL_ANIMAL + r" (\w+ ){0,3}(doodschoppen|doodgeschopt|doodschopt|doodslaan|doodgeslagen|doodslaat|"
        r"doodtrappen|doodgetrapt|doodtrapt|in brand (steken|gestoken|steekt)|levend verbranden|levend verbrand|"
        r"martelen|gemarteld|martelt|verzuipen|verzopen|ophangen|opgehangen)",
        r"(schopt|schoppen|slaat|slaan|trapt|trappen|martelt|martelen|verbrandt|verbranden|steekt|steken) "
        r"(een |de |het |zijn |haar |die )?" + _NL_ANIMAL + r" (\w+ ){0,2}(dood|in brand|levend)",
    ),
    "hate": (
        _NL_GROUPS + r" (zijn|blijven) (allemaal |gewoon |net |echt |stuk voor stuk |niets meer dan |niks anders "
                     r"dan |als )*(?!geen |niet )(\w+ )?" + _NL_DEROG,
        r"(dat|omdat|want) " + _NL_GROUPS + r" (allemaal |gewoon |echt )?(\w+ )?" + _NL_DEROG + r" (zijn|waren)(?![a-z])",
        _NL_GROUPS + r" (gedragen zich|vermenigvuldigen zich|planten zich voort|fokken) (\w+ )?als "
                     r"(ratten|konijnen|beesten|apen|kakkerlakken|ongedierte|dieren)",
        r"(weg met|dood aan|rot op met|oprotten met) (de |alle |die |jullie )?(vuile |smerige |kut)?" + _NL_GROUPS,
        _NL_GROUPS + r" (eruit|oprotten|rot op|opgerot|het land uit|terug naar (hun|je|jullie|eigen) land)"
                     r"(?= *($|[!,.;]))",
        _NL_GROUPS + r" (\w+ )?moeten (allemaal )?(weg|dood|het land uit|vergast worden|uitgeroeid worden|"
                     r"gedeporteerd worden|afgeschoten worden)(?![a-z])",
        r"(deporteer|deporteren|deporteert|verdrijf|verdrijven) (\w+ )?(alle |al die |die |de |elke )?" + _NL_GROUPS,
        r"(zet|zetten|schop|schoppen|gooi|gooien|stuur|sturen|jaag|jagen) (\w+ )?(alle|al die) " + _NL_GROUPS
        + r" (\w+ )?(het land uit|eruit|terug|de grens over)",
        r"(joden|homo'?s|zigeuners|moslims|negers) (\w+ )?(aan|naar) het gas|vergas (\w+ )?(de|alle) " + _NL_GROUPS,
        r"kut(marokkaan|turk|jood|joden|neger|homo|buitenlander|moslim|allochtoon)\w*|kanker(marokkaan|turk|jood|"
        r"joden|neger|homo|buitenlander|moslim|allochtoon|flikker)\w*|geitenneuker\w*|zandneger\w*|bosneger\w*|"
        r"roetmop\w*|spleetog\w*|spleetoog|poepchine(es|zen)|nikker\w*|negers?|negerin\w*|"
        r"(vuile|smerige|vieze) (jood|joden|homo|homo's|pot|potten|flikker|flikkers|zigeuner\w*|moslim\w*|"
        r"turk\w*|marokkaan\w*|neger\w*|allochto\w*)|vuile flikker\w*|flikkers (\w+ )?(zijn|moeten|eruit)",
    ),
    "self_harm": (
        r"zelfmoord\w*|suicid\w+|zelfdoding\w*",
        r"(mezelf|zichzelf|jezelf|zich|me) (\w+ ){0,3}(van kant (\w+ )?(maken|te maken|maakt)|ophangen|op te hangen|"
        r"ophangt|verhangen|verhangt|te verhangen|snijden|snijdt|sneed|te snijden|iets aan(doen| te doen)|"
        r"doodmaken|van het leven beroven|uithongeren|laten uithongeren)",
        r"(ik|hij|zij|ze|jij) (wil|wilde|wou) (gewoon |echt |niet meer leven|er niet meer zijn|dood)(?! van)"
        r"(\w+)?|wil niet meer leven|wil er niet meer zijn|ga (toch|maar|lekker|gewoon) dood(?! van)|ga (jezelf |je )"
        r"(ophangen|van kant maken)|hang (jezelf|je) (maar |toch )?op",
        r"voor (de|een) (trein|metro|tram) (te )?(springen|springt|sprong|gesprongen|werpen|werpt|gooien)|"
        r"(springt|springen|sprong) (\w+ )?van (de|een|het) (flat|brug|dak|balkon) (\w+ ){0,3}(om )?(dood te gaan|"
        r"er een eind(e)? aan te maken|te sterven)|van (de|een|het) (flat|brug|dak|balkon|toren) (\w+ )?(springt|springen|"
        r"sprong|te springen) (\w+ ){0,2}om (dood te gaan|er een eind(e)? aan te maken|te sterven|zelfmoord te plegen)",
        r"(door)?(snijdt|snijden|sneed|gesneden) (\w+ )?(zijn|haar|mijn|je|de) polsen|polsen (\w+ )?"
        r"(doorsnijden|doorgesneden|doorsnijdt|opensnijden)|(doorgesneden|opengesneden) polsen|"
        r"(snijden|snijdt|kerven|krassen) (\w+ )?in (mijn|haar|zijn|je|haar eigen) (armen|polsen|benen|dijen)|"
        r"in (mijn|haar|zijn|je) (eigen )?(armen|polsen|benen|dijen) (\w+ )?(snijden|snijdt|sneed|kerven|krassen)|"
        r"(verse )?snijwonden (\w+ )?op (mijn|haar|zijn|je) (armen|polsen|dijen)|automutilatie\w*|"
        r"zelfbeschadig\w*",
        r"(een )?eind(e)? (aan|maken aan) (mijn|zijn|haar|je|jouw) (eigen )?leven|maak een eind(e)? aan je leven",
        r"(alle|een hele (pot|strip|doos|potje)) (\w+ )?(pillen|slaappillen|paracetamol|medicijnen|tabletten) "
        r"(\w+ )?(innemen|in te nemen|slikken|opslikken|slikt|neemt)|(slikt|slikken|slik|neemt|nemen|neem) "
        r"(\w+ )?(alle|een hele (pot|strip|doos|potje)) (\w+ )?(pillen|slaappillen|paracetamol|medicijnen|"
        r"tabletten)",
        r"(overgeven|kotsen|braken) na (het |elke |iedere )?(eten|maaltijd)|(dag|dagen) (\d+|nummer \d+) zonder "
        r"eten|niet (meer )?eten tot (je|ik|ze) (je |mijn |haar )?(ribben|botten|sleutelbeenderen)",
        r"pro[- ]?ana|pro[- ]?mia|thinspo\w*|thinspiration|bonespo|meanspo",
    ),
    "extremism": (
        _NL_TERR + r" (\w+ ){0,3}(als|is een|zijn|waren|was een|waren echte|zijn echte) (\w+ )?(held|helden|"
                   r"martelaar|martelaren|voorbeeld|heilige|heiligen|idool|idolen)(?! van)",
        r"(verheerlijk|verheerlijkt|verheerlijken|verheerlijking van|eer aan|ere aan|glorie aan|hulde aan|lof voor|"
        r"vieren|viert|vierden|bejubel\w*) (\w+ ){0,3}(de |het )?(aanslag|aanslagen|aanslagplegers?|"
        r"zelfmoordaanslag\w*|terrorist\w*|jihad|jihadist\w*|martelaren|shahid\w*)",
        r"(aanslag|aanslagen|zelfmoordaanslag\w*|terreurdaad|terreurdaden|jihad)\w* (\w+ ){0,4}(verheerlijkt|"
        r"verheerlijken|verheerlijkend\w*|bejubel\w*|als heldendaad)",
        r"(sluit je aan bij|sluit u aan bij|sluit jullie aan bij|aansluiten bij|word lid van|meld je aan bij|"
        r"ga strijden voor|strijd mee met|vecht mee met|reis af naar) (\w+ )?(de |het )?" + _NL_ORG + r"(?![a-z])",
        r"(sterven voor|strijden voor|vechten voor|leve|lang leve|martelaar voor) (de |het )?(jihad|kalifaat|"
        r"islamitische staat|isis|daesh|pkk|dhkp-?c|al[- ]?qaida|al[- ]?qaeda)(?![a-z])",
        r"(maak|maken|genereer|creee?r|produceer|ontwerp)\w* (\w+ ){0,3}(propaganda|wervings|rekruterings)\w* "
        r"(\w+ ){0,2}(voor|van) (de |het )?" + _NL_ORG + r"(?![a-z])",
        r"(propaganda|wervings|rekruterings)(video|filmpje|clip|film|poster|campagne|boodschap)\w* (\w+ ){0,2}voor "
        r"(de |het )?" + _NL_ORG + r"(?![a-z])",
        r"(zelfmoordaanslag|aanslag)\w* (\w+ ){0,4}(als|is een|was een) (\w+ )?(overwinning|heldendaad|heilige "
        r"daad|zegen)|(jihad|heilige oorlog) (tegen|tegenover) (de )?(ongelovigen|kafirs|kuffar|westen|"
        r"kruisvaarders)",
    ),
    "insult": (
        NL_TARGET + r"( [\w'.,-]+){0,6}?( (is|was|blijft|wordt|als|zijn|lijkt op|heet)|:|,| -) (\w+ ){0,3}"
        + _NL_INSULT,
        r"(noem|noemt|noemen|noemde|maak|maakt|teken|toon) " + NL_TARGET + r" (\w+ ){0,3}(een |tot een |als )?"
        + _NL_INSULT,
        _NL_INSULT + r"[,:]? " + NL_TARGET + r"|" + _NL_INSULT + r" van een (baas|buurman|buurvrouw|collega|leraar|"
        r"schoonmoeder|ex|huisbaas|zwager|trainer)",
        NL_TARGET + r"( [\w'.,-]+){0,6}? (als|is een|was een|is echt een|is gewoon een|is zo'?n|zijn|als een) "
                    r"(\w+ )?" + _NL_INSULT_ANIMAL + r"(?! aan het)",
        r"(vernederend\w*|belachelijk (maken|gemaakt|maakt)|voor schut (zetten|zet|gezet)|uitlachen|uitgelachen|"
        r"bespotten|bespot)( [\w'.,:-]+){0,6} " + NL_TARGET,
        NL_TARGET + r"( [\w'.,:-]+){0,6} (belachelijk (maakt|maken|gemaakt)|voor schut (zet|zetten|gezet)|"
                    r"vernederd|vernederen|vernedert|uitgelachen)",
    ),
}

# ---------------------------------------------------------------------------------------------------------------
# Polish
# ---------------------------------------------------------------------------------------------------------------
_PL_PEOPLE = (r"(kobiet\w*|mezczyzn\w*|mezczyzni|dziewczyn\w*|facet\w*|chlopak\w*|para|pare|pary|modelk\w*|"
              r"aktork\w*|aktor\w*|blondynk\w*|brunetk\w*|osob\w*|ludzie|pani)")
_PL_NOT_BODY = r"(?! (ramiona|plecy|stopy|drzewa|sciany|rece|nogi|galezie|skaly|pola|fakty|prawd\w*|oko|okiem|oczy))"
_PL_BED = r"(lozk\w*|prysznic\w*|wann\w*|kapiel\w*|sypialni\w*|jacuzzi)"
_PL_GROUPS = (r"(imigranci|imigrantki|migranci|uchodzcy|muzulmanie|islamisci|zydzi|zydowie|cyganie|romowie|geje|"
              r"lesbijki|homoseksualisci|pedaly|ciapaci|czarni|murzyni|czarnuchy|arabowie|ukraincy|banderowcy|"
              r"rosjanie|ruscy|turcy|azjaci|wietnamczycy|chinczycy|obcokrajowcy|cudzoziemcy|osoby trans|transy|"
              r"lgbt|kobiety)")
_PL_GROUPS_OBL = (r"(imigrant(ow|ami|om)|migrant(ow|ami|om)|uchodzc(ow|ami|om)|muzulman(ow|ami|om)|"
                  r"islamist(ow|ami|om)|zyd(ow|ami|om)|cygan(ow|ami|om)|rom(ow|ami|om)|gej(ow|ami|om)|"
                  r"lesbij(ek|kami|kom)|homoseksualist(ow|ami|om)|pedal(ow|ami|om)|ciapat(ych|ymi|ym)|"
                  r"murzyn(ow|ami|om)|czarnuch(ow|ami|om)|arab(ow|ami|om)|ukrainc(ow|ami|om)|banderowc(ow|ami|om)|"
                  r"ruskich|ruskim|ruskimi|azjat(ow|ami|om)|obcokrajowc(ow|ami|om)|cudzoziemc(ow|ami|om)|lgbt)")
_PL_DEROG = (r"(szczury|szczurami|robactwo|robakami|robaki|pasozyty|pasozytami|pasozyt|zwierzeta|zwierzetami|"
             r"bydlo|bydlem|malpy|malpami|karaluchy|karaluchami|zaraza|zaraze|choroba|chorobe|dzuma|plaga|"
             r"smieci|smieciami|podludzie|podludzmi|holota|scierwo|scierwa|dzicz|zwyrodnialcy|zboczency|gnidy|"
             r"wszy|gorszy sort|gorsza rasa|nie ludzie|nieludzie)")
_PL_ANIMAL = (r"(kota|kotka|koty|kotow|kociaka|kociaki|kocieta|psa|psy|psow|pieska|psiaka|szczeniaka|szczeniaki|"
              r"szczenieta|konia|konie|zwierze|zwierzeta|zwierzat|krolika|chomika|kotem|kotkiem|psem|pieskiem|"
              r"szczeniakiem|koniem|zwierzeciem|zwierzetami|kotami|psami)")
_PL_FOOD_ANIMAL = (r"(ryb|kurz|kur|kurczak|kurcz|karp|sledz|dorsz|pstrag|krewetk|kaczk|indyk|ges|swin|wieprz|owc|"
                   r"baran|prosiak|krolik|zajac|dzik|sarn|jelen|lis|bobr|zwierzyn|tusz|kogut)\w*")
_PL_TERR = r"(zamachowc\w*|zamachowiec|terroryst\w*|terrorysc\w*|dzihadyst\w*|breivik\w*|bojownic\w* (isis|panstwa islamskiego))"
_PL_ORG = (r"(dzihad\w*|swiet\w* wojn\w*|panstw\w* islamsk\w*|isis|daesh|al-?kaid\w*|kalifat\w*|pkk|talib\w*|"
           r"hamas\w*|dhkp-?c)")
_PL_INSULT = (r"(frajer\w*|nieudacznik\w*|nieudacznic\w*|idiot(a|y|ow|ka|ki|ko|o|e|ami|om|ce)|debil(a|e|em|u|ka|ki|"
              r"ko|i|ow|ami)?|kretyn(a|ie|em|ka|ki|ko|i|ow|ami)?|durni\w*|duren|glupek|glupk\w*|glupi\w* "
              r"(krow\w*|cip\w*|bab\w*|dupek)|grub\w* (krow\w*|swin\w*|wieprz\w*|macior\w*|beczk\w*|slonic\w*|"
              r"bab\w*|kaszalot\w*)|grubas\w*|tlust\w* (swin\w*|krow\w*|wieprz\w*|macior\w*)|spasion\w*|zboczen\w*|"
              r"zbok\w*|oblech\w*|obles\w*|palant\w*|cham|chama|chamem|chamy|chamka|chamsk\w*|prostak\w*|"
              r"dziwk\w*|suko|(glupia|wredna|jebana|stara|pieprzona) suka|chuj\w*|ciul\w*|cwel\w*|pizd\w*|"
              r"cip(a|o|e|y|sko)|dupek|dupka|dupkiem|lamag\w*|lajz\w*|lachudr\w*|gamon\w*|pojeb\w*|popapran\w*|"
              r"psychol\w*|przegryw\w*|looser|loser\w*|ofiar\w* losu|beztalenc\w*|kaszalot\w*|zjeb\w*)")
_PL_INSULT_ANIMAL = (r"(swinia|swinie|swinio|swinka|krowa|krowe|krowy|wieprz\w*|macior\w*|slon|slonica|hipopotam\w*|"
                     r"malpa|malpe|szmat\w*|kurw\w*|pajac\w*|smiec\w*|gnid\w*|pasztet\w*|bydle|bydlak\w*|"
                     r"babsztyl\w*|robak\w*|karaluch\w*|szczur\w*|osiol|osla|baran|barana|foka|foke|wieloryb\w*|"
                     r"beczk\w*)")

PL = {
    "sexual": (
        r"(naga|nagi|nagie|nadzy|nagiej|nagich|nagimi|nagiego) " + _PL_PEOPLE,
        _PL_PEOPLE + r" (\w+ ){0,3}(nago|naga|nagi|nagie|nadzy|na golasa|bez ubrania|bez ubran|rozebran\w* do "
                     r"naga|bez stanika i majtek|bez majtek)" + _PL_NOT_BODY,
        r"(calkiem|zupelnie|kompletnie|calkowicie) (nag\w*|golut\w*)" + _PL_NOT_BODY + r"|na golasa|golasy|golaska|"
        r"golizn\w*|rozebran\w* do naga|rozbiera\w* sie do naga",
        r"(nagie|nagich|nagimi) (zdjeci|fotk|fotografi|filmik|nagrani|selfie|sesj)\w*|(zdjeci|fotk|nagrani|"
        r"filmik|sesj)\w* (\w+ )?nago",
        r"(uprawia|uprawiaja|uprawiajacy|uprawiajaca|uprawiac|uprawianie|uprawial\w*) (\w+ )?seks\w*|seks (oralny|"
        r"analny|grupowy|na zywo|w lozku|pod prysznicem)|(ostry|oralny|analny|grupowy|dziki|namietny|"
        r"ostrego|dzikiego) seks\w*",
        r"(scen\w*|film\w*|filmik\w*|nagrani\w*|wideo|klip\w*) (\w+ )?(erotyczn\w*|porno|seksu|z seksem)|"
        r"erotyczn\w* (scen|film|taniec|tanc|masaz|wideo|nagrani|klip|zdjec|sesj)\w*",
        r"rucha(c|ja|nie|nia|jacy|l|la|li|my)|pieprz(a|acy|yc|yli|ycie) sie|sie pieprz(a|yc|yli)|bzyka\w*|"
        r"robi\w* (mu |jej )?loda|obciag\w* (mu|druta|fiuta|kutasa)|minet\w*|lizanie cipki|wali\w* konia|"
        r"onaniz\w*|onanii|brandzl\w*",
        r"kutas(a|y|em|ie|ow|ami)?|fiut(a|y|em|ow|ami)?|cip(ka|ki|ke|ce|cia|sko)",
        r"(penis|pochw\w*|srom\w*|genitali\w*|krocz\w*|sutk\w*|cipk\w*|kutas\w*) (\w+ ){0,2}(w zblizeniu|na "
        r"zblizeniu|widoczn\w*|na widoku|na wierzchu)|(zblizeni\w*|zoom) (\w+ ){0,2}(na )?(penis|pochw|srom|"
        r"genitali|krocz|sutk)\w*|(pokazuj|odslani|eksponuj)\w* (swoj\w* |jego |jej )?(penis|pochw|srom|genitali|"
        r"krocz|sutk|cipk|kutas|fiut|piersi|biust|cycki)\w*|cyck(i|ami|ow)",
        r"(bez cenzury|nieocenzurowan\w*|uncensored)[^.!?]{0,80}" + _PL_BED,
        _PL_BED + r"[^.!?]{0,80}(bez cenzury|nieocenzurowan\w*|uncensored)",
    ),
    "violence": (
        # a living person cut open (round 12, dev17: "rozcina żywego człowieka od brzucha w górę")
        r"(rozcina|rozcial|rozciac|rozpruwa|rozprul|wypruwa)\w* (\w+ )?(zyw\w* )?(czlowiek\w*|osob\w*|mezczyzn\w*|"
        r"kobiet\w*|ofiar\w*|wiezni\w*|zakladnik\w*)",
        r"(sciac|scial|sciela|scieli|sciety|scieta|scieci|sciecie|scinanie|scina|scinaja|odcina\w*|odciecie|"
        r"odcieta|odciety|odcial\w*|odciac|obcina\w*|obciecie|obcieta|obciety|obcial\w*|obciac|uciac|ucina\w*|"
        r"ucial\w*|ucieta|uciety) (\w+ )?(glow\w*|leb|lba|lbem|leb\w*)|(glow\w*|leb) (\w+ )?(odciet\w*|sciet\w*|"
        r"uciet\w*|obciet\w*)|dekapitacj\w*",
        r"rozczlonkow\w*|pocwiartowan\w* (cial|zwlok|czlowiek|ofiar|kobiet|mezczyzn|ludzi)\w*|(cial\w*|zwlok\w*|"
        r"ofiar\w*) (\w+ )?pocwiartow\w*|cwiartuj\w* (\w+ )?(cial|zwlok|czlowiek|ofiar)\w*",
        r"torturowan\w*|torturuj\w*|zatorturow\w*|torturowa(l|la|li|c|nie)|tortur\w* (\w+ ){0,3}(pradem|nozem|"
        r"ogniem|kwasem|obcegami)",
        r"(spal|spalil|spalila|spalili|spalic|spalony|spalona|spaleni|palil\w*|palon\w*|zakopa\w*|zakopan\w*|"
        r"pogrzeb\w*|obdar\w*|obdzier\w*) zywcem|zywcem (spal\w*|palon\w*|zakop\w*|pogrzeb\w*|obdar\w*|"
        r"obdzier\w*)",
        r"(obdzier\w*|obdar\w*|obedrz\w*|zdziera\w*) (\w+ )?(czlowiek\w*|ludzi|jenc\w*|wiezn\w*|ofiar\w*|"
        r"kobiet\w*|mezczyzn\w*|zakladnik\w*|dziewczyn\w*|chlopak\w*) (\w+ )?ze skory|zdziera\w* (\w+ )?skore z "
        r"(\w+ )?(czlowiek\w*|ofiar\w*|kobiet\w*|mezczyzn\w*|zakladnik\w*|jenc\w*|wiezn\w*|zywego)",
        r"(zakatow|skatow|zatlucz|zatluk|zatlukl|zadzga)\w*",
        r"(pobil|pobila|pobili|pobity|pobita|pobici|bil|bila|bili|bity|bita|kopal|kopala|kopali|skopal|skopala|"
        r"skopali|skopany|skatowal\w*|katowal\w*|tlukl|tlukla|tlukli) (\w+ ){0,3}(na smierc|do smierci)"
        r"(?! i zycie)",
        r"flaki na wierzchu|wypru\w* (\w+ )?(flaki|wnetrznosci|jelita|bebechy)|(wnetrznosci|jelita|bebechy|flaki) "
        r"(\w+ ){0,2}(na wierzchu|wyplywaj\w*|wypadaj\w*|na ulicy|rozsypane|porozrzucane|rozwleczone)",
        r"mozg\w* (\w+ ){0,2}(na scian\w*|na asfalcie|na chodniku|rozbryzg\w*|rozprysk\w*|wyplywa\w*)|"
        r"(rozbryzg|rozprysk)\w* (\w+ )?mozg\w*|roztrzaskan\w* (\w+ )?(czaszk|glow|leb)\w*|(czaszk|glow|leb)\w* "
        r"roztrzaskan\w*|rozwal\w* (\w+ )?(leb|czaszk|glow)\w* (\w+ )?(mlotkiem|siekier\w*|kamieniem|cegla)",
        r"(poderzn|podrzn|podcina|podcia|podciet|poderzniet)\w* (\w+ )?gardl\w*|gardl\w* (\w+ )?(poderzniet|"
        r"podciet)\w*",
        r"(krew|krwi) (\w+ ){0,2}(tryska\w*|sika\w*|leje sie strumieniami|wszedzie|bryzga\w*|chlusta\w*)",
        r"(skopa|zakatowa|skatowa|zatlu|torturuj|torturowa|podpal|podpala|utopi|topi|dreczy|znecaj|znecal|"
        r"znecanie|meczy|zameczy|zameczyl)\w* (sie nad )?(\w+ )?" + _PL_ANIMAL + r"(?![a-z])",
        _PL_ANIMAL + r" (\w+ ){0,3}(na smierc|zywcem|do smierci)(?! i zycie)",
        r"(kot|kotek|koty|kotki|kocieta|pies|piesek|psy|szczeniak|szczeniaki|szczenieta|zwierze|zwierzeta|kon|"
        r"konie|krolik|chomik)\w* (\w+ )?(topion|utopion|podpalon|katowan|skatowan|zakatowan|torturowan|"
        r"kopan|skopan|powieszon|zameczon|zywcem spalon|spalon\w* zywcem)\w*",
    ),
    "hate": (
        _PL_GROUPS + r" (\w+ )?(to|sa|sa jak|jak|jak jakies|to sa|to tylko|to zwykle) (?!nie )(\w+ )?"
                     + _PL_DEROG,
        r"(precz z|won z|wypierdalac z|wyrzucic|wyrzucmy|wyrzucic wszystkich|deportowac|deportowac wszystkich|"
        r"deportujmy|wygnac|wypedzic|wypedzmy|wywalic|wywalmy|smierc|do gazu z|zagazowac|wytepic|wystrzelac) "
        r"(\w+ )?(tych |wszystkich )?" + _PL_GROUPS_OBL,
        _PL_GROUPS + r" (won|precz|do gazu|do pieca|do komor\w*|wynocha|wypierdalac|do domu|out)"
                     r"(?= *($|[!,.;]| z polski| z naszego kraju| z europy))",
        r"(wszystkich|tych) " + _PL_GROUPS_OBL + r" (\w+ ){0,2}(trzeba|nalezy|musimy|powinno sie|trzeba by) "
        r"(\w+ )?(deportowac|wyrzucic|wytepic|eksterminowac|zagazowac|wystrzelac|spalic|wymordowac|wybic)",
        _PL_GROUPS + r" (\w+ ){0,3}(trzeba|nalezy|powinno sie|musimy|trzeba wszystkich) (\w+ )?(wszystkich )?"
                     r"(deportowac|wyrzucic|wytepic|eksterminowac|zagazowac|wystrzelac|spalic|wymordowac|wybic)",
        r"czarnuch\w*|ciapat\w*|ciapak\w*|zydk(i|ow|a|u|iem|ami)|zydek|zydowin\w*|zydostw\w*|zydokomun\w*|"
        r"pejsat\w*|ty pedale|pedalstw\w*|pedalsk\w*|ciot(a|y|o|ami|ach)|lesb(a|y|o|ami|ach)|teczow\w* zaraz\w*|"
        r"kacap\w*|szwab(y|ow|ami|skie|ski)|(jeban|pieprzon|pierdolon|zasran|brudn|cholern|parszyw|obrzydliw)\w* "
        r"(pedal|ciot|lesb|zyd|murzyn|cygan|arab|ukrain|muzulman|ciapat|czarn|imigrant|uchodzc|gej)\w*",
        r"(rasa|rasy|rase) (\w+ )?(podludzi|nizsz\w*|gorsz\w*)|(nizsza|gorsza) rasa",
    ),
    "self_harm": (
        r"samoboj\w*",
        r"odebra\w* sobie zycie|odbiore sobie zycie|odbierze sobie zycie|(chce|chcial\w*|chcesz|chca|zamierza\w*|"
        r"probowal\w*|probuje|postanowil\w*|planuje|planowal\w*|mysli o tym zeby) (sie zabic|zabic sie)|"
        r"zabij (sie|sobie)|zabije sie(?! na)|idz sie zabic|powies(ic|il|ila|ilem|ilam|ze) sie|sie powies(ic|il|ila|"
        r"ilem|ilam|ze)|powies sie",
        r"(podci\w*|podetn\w*|przeci\w*) (sobie )?(zyl\w*|nadgarst\w*)|(tne|tnie|tniesz|pocielam|pocielem|pocial\w*|"
        r"pociela|ciecie) sie|sie (tne|tnie|tniesz|pocielam|pocial\w*|pociela|ciela|cial) (\w+ )?(nozem|zyletk\w*|"
        r"szklem|nozykiem|po (udach|rekach|nadgarstkach|ramionach|brzuchu))|(cial|ciela|cielam|tne|tnie) sie (\w+ )?(zyletk\w*|nozem|zyletka)|samookalecz\w*|"
        r"samouszkodz\w*|(blizny|rany|rany ciete|ciecia) (\w+ ){0,2}(na nadgarstk|na udach|na przedramion)\w*",
        r"rzuc\w* sie pod (pociag|tramwaj|metro|auto|samochod|ciezarowk)\w*|skocz\w* pod pociag|"
        r"(skocz|skacze|skoczy|skoczyl|skoczyla|skoczyc|skocze)\w* z (mostu|dachu|wiezowca|bloku|balkonu|okna) "
        r"(\w+ ){0,3}(zeby|by|aby|i) (umrzec|zginac|zabic sie|skonczyc ze soba|skonczyc z tym wszystkim)",
        r"chce (juz )?umrzec(?! ze)|nie chce (juz )?(dalej )?zyc|skoncz\w* ze soba|skonczyc z tym wszystkim",
        r"glodze sie|glodzi sie|glodzic sie|zaglodz\w* sie|(wymiot\w*|rzyga\w*|prowokow\w* wymioty) po (kazdym )?"
        r"(jedzeniu|posilku|posilkach)|przerw\w* miedzy udami|(chce|chcialabym|chcialbym) (widziec|miec) "
        r"(wystajace )?(kosci|zebra|obojczyki)",
        r"(polknac|polknal\w*|polknela|lyknac|lyknal\w*|wziac|wziela|wzial|lykam|polykam) (\w+ ){0,2}(cale "
        r"opakowanie|cala paczke|wszystkie) (\w+ )?(tabletek|tabletki|leki|lekow|pigulki|pigulek|nasennych|"
        r"proszki|proszkow)",
    ),
    "extremism": (
        _PL_TERR + r" (\w+ ){0,3}(to|jako|byl|byla|byli|sa|jest) (\w+ )?(bohater\w*|meczennik\w*|meczennic\w*|"
                   r"wzor\w*|idol\w*|swiet\w*|legend\w*)",
        r"(chwala|niech zyje|niech zyja|wiwat|slawa) (\w+ )?(dzihad\w*|panstw\w* islamsk\w*|isis|daesh|al-?kaid\w*|"
        r"zamachowc\w*|meczennik\w* (dzihadu|allaha|isis)|pkk|kalifat\w*|dhkp-?c)",
        r"(dolacz|dolaczcie|dolaczyc|przylacz|przylaczcie|przylaczyc|wstap|wstapcie|wstapic|jedz walczyc|jedzcie "
        r"walczyc|walcz|walczcie) (\w+ )?(do |w |dla )?(dzihadu|swietej wojny|panstwa islamskiego|isis|al-?kaidy|"
        r"kalifatu|pkk|talibow|hamasu|dhkp-?c)",
        r"(gloryfik|wychwala|wychwal|slawi|celebruj|swietuj|swietow)\w* (\w+ ){0,3}(zamach\w*|terroryst\w*|"
        r"atak\w* terrorystyczn\w*|dzihad\w*|meczennik\w*)",
        r"(zrob|zrobic|nakrec|nakrecic|stworz|stworzyc|wygeneruj|przygotuj|zaprojektuj)\w* (\w+ ){0,3}(propagand|"
        r"rekrutacyjn|werbunkow)\w* (\w+ ){0,3}" + _PL_ORG,
        r"(propagand|rekrutacyjn|werbunkow)\w* (\w+ ){0,2}(dla|na rzecz) (\w+ )?" + _PL_ORG,
        r"(dzihad\w*|swiet\w* wojn\w*) (przeciw|przeciwko|z) (niewiernym|niewiernych|niewiernymi|krzyzowcom|"
        r"krzyzowcami|zachodowi|zachodem|zydom|zydami)|zamach\w* (\w+ ){0,4}(to|jako|byl) (\w+ )?"
        r"(zwyciestw\w*|bohatersk\w* czyn\w*|blogoslawienstw\w*)",
    ),
    "insult": (
        PL_TARGET + r"( [\w'.,-]+){0,6}?( (to|jest|byl|byla|jako|jak|niczym|zwykly|zwykla|nazywany|nazywana)|:|,| -) "
                    r"(\w+ ){0,3}" + _PL_INSULT,
        r"(nazwij|nazywa|nazywaj|pokaz|narysuj|przedstaw)\w* " + PL_TARGET + r" (\w+ ){0,3}(jako )?" + _PL_INSULT,
        _PL_INSULT + r"[,:]? " + PL_TARGET,
        PL_TARGET + r"( [\w'.,-]+){0,6}? (to|jest|jak|jako|byl|byla|niczym|jak jakis|jak jakas|to taki|to taka) "
                    r"(\w+ )?" + _PL_INSULT_ANIMAL,
        r"(upokarzaj\w*|upokorz\w*|osmieszaj\w*|osmiesz\w*|wysmiew\w*|wysmia\w*|kompromituj\w*|ponizaj\w*|"
        r"ponizy\w*)( [\w'.,:-]+){0,6} " + PL_TARGET,
        PL_TARGET + r"( [\w'.,:-]+){0,6} (upokarz|osmiesz|wysmiew|poniz|kompromit)\w*",
    ),
}

# ---------------------------------------------------------------------------------------------------------------
# Turkish
# ---------------------------------------------------------------------------------------------------------------
_TR_PEOPLE = (r"(kadin\w*|erkek\w*|kiz|kizlar\w*|kizi|adam|adamlar\w*|cift\w*|model\w*|manken\w*|bayan\w*|"
              r"sevgililer|oyuncu\w*)")
_TR_NOT_BODY = r"(?! (ayak\w*|goz\w*|el|elle\w*|eller\w*|kol\w*|omuz\w*|sirt\w*|agac\w*|duvar\w*|gercek\w*))"
_TR_BED = r"(yatak\w*|dus|dusta|dusa|dusun|kuvet\w*|banyo\w*|jakuzi\w*)"
_TR_GROUPS = (r"(suriyeli(ler)?|gocmen(ler)?|multeci(ler)?|siginmaci(lar)?|kurtler|araplar|yahudi(ler)?|ermeni(ler)?|"
              r"rumlar|cingene(ler)?|afganlar|afganli(lar)?|pakistanli(lar)?|afrikali(lar)?|zenci(ler)?|siyahi(ler)?|"
              r"aleviler|sunniler|musluman(lar)?|hristiyan(lar)?|gavurlar|escinsel(ler)?|lezbiyen(ler)?|translar|"
              r"trans bireyler|lgbt(li|liler|ler)?|ibneler|yabancilar|kadinlar)")
_TR_DEROG_STRONG = (r"(asalak\w*|parazit\w*|hasere\w*|hasarat\w*|hamambocek\w*|hamambocegi\w*|mikrop\w*|pislik\w*|"
                    r"soysuz\w*|insan degil\w*|insan bile degil\w*|sapkin\w*)")
_TR_DEROG = (r"(fare|hamambocegi|hayvan|it|kopek|maymun|mikrop|virus|kanser|hastalik|cop|bela|les|bit|pire|asalak|"
             r"parazit|hasere)")
_TR_TERR = (r"(saldirgan\w*|terorist\w*|canli bomba\w*|bombaci\w*|katliamci\w*|tetikci\w*|intihar bombacis\w*|"
            r"cihatci\w*)")
_TR_ORG = (r"(pkk|isid|daes|deas|el kaide|el-kaide|dhkp-?c|kck|ypg|boko haram|taliban|hamas|hilafet devleti|"
           r"islam devleti)")
_TR_ANIMAL = (r"(kedi|kediyi|kediler|kedileri|kedicik|kedicigi|yavru kedi|yavru kediyi|yavru kedileri|kopek|"
              r"kopegi|kopekler|kopekleri|kopekcik|yavru kopek|yavru kopegi|enik|enigi|hayvan|hayvani|hayvanlar|"
              r"hayvanlari|tavsan|tavsani|esek|esegi)")
_TR_INSULT = (r"(salak(in|a|i|tir|sin|lar|sindir)?|aptal(in|a|i|dir|sin|lar)?|gerizekal\w*|geri zekal\w*|dangalak\w*|ahmak\w*|angut\w*|"
              r"beyinsiz\w*|sisko\w*|sapik\w*|yavsak\w*|serefsiz\w*|orospu\w*|kaltak\w*|surtuk\w*|pezevenk\w*|"
              r"hoduk\w*|ebleh\w*|kevase\w*|kezban\w*|kiro\w*|lavuk\w*|hiyar herif\w*|mal herif\w*|itoglu\w*|"
              r"it oglu it|loser|zavalli ezik|sisko domuz|sisman domuz|sisman inek|sisko inek|got veren|gotveren|"
              r"yarrak kafa\w*|amcik\w*|ibne\w*|pic kurusu|pic herif|sapik herif)")
_TR_INSULT_ANIMAL = r"(domuz|inek|okuz|it|kopek|maymun|hiyar|ezik|balina|fil|camus|esek|pislik|yaratik|ucube|mal)"

TR = {
    "sexual": (
        r"(ciplak|cirilciplak|cir ciplak|anadan dogma|ustsuz|yari ciplak|tamamen ciplak|ciplak bir) " + _TR_PEOPLE,
        _TR_PEOPLE + r" (\w+ ){0,3}(tamamen |cirilciplak |cir )?(ciplak|cirilciplak|anadan dogma|ustsuz)"
                     + _TR_NOT_BODY,
        r"(tamamen|cirilciplak|cir ciplak|anadan dogma) (ciplak|soyun\w*)|cirilciplak\w*|ciplak (poz|fotograf|"
        r"foto|video|sahne|dans|dus|selfie)\w*|ciplaklik sahne\w*",
        r"sevis(en|enler|iyor\w*|mek|me|meleri|tikleri|ir|ip|erek|meye|mesi|me sahne\w*|tiler)",
        r"seks (yapan|yapanlar|yapiyor\w*|yapmak|yapmalari|yaptiklari|yaparken|sahne\w*|video\w*|filmi|kaseti|"
        r"partisi|alemi)|(oral|anal|grup|sert|vahsi|acik|atesli|ates li) seks",
        r"amcig\w*|amcik\w*|yarrag\w*|yarrak\w*|sakso|saksocu|sakso cek\w*|"
        r"(penis|penisi|penisini|vajina\w*|cinsel organ\w*|meme uc\w*|gogus uc\w*) (\w+ ){0,2}(gorunen|gorunuyor|"
        r"gosteren|gosteriyor|acikta|yakin cekim|yakin plan)\w*|(penisini|vajinasini|cinsel organ\w*|"
        r"memelerini|goguslerini|gogsunu) (\w+ )?(gosteren|gosteriyor|gostersin|gostermek|acan|aciyor)\w*",
        r"(sansursuz|sansurlenmemis|uncensored)[^.!?]{0,80}" + _TR_BED,
        _TR_BED + r"[^.!?]{0,80}(sansursuz|sansurlenmemis|uncensored)",
        r"erotik (film|video|sahne|dans|masaj|cekim|fotograf|klip)\w*",
    ),
    "violence": (
        r"(kafa|kafasi|kafasini|kafalari|kafalarini|basi|basini|baslari|baslarini) (\w+ )?(kes|kopar)\w*|kafa kesme\w*",
        r"(bogazini|bogazlarini|bogazi) (\w+ )?(kes|kesil)\w*|bogaz kesme\w*",
        r"(parcalanmis|dogranmis|lime lime edilmis|parca parca edilmis|dogranan|parcalanan) (\w+ )?(ceset\w*|"
        r"cesed\w*|insan\w*|kadin\w*|adam\w*|beden\w*|vucut\w*)|(ceset\w*|cesed\w*|beden\w*|vucud\w*|vucut) "
        r"(\w+ ){0,2}(parcala(di|dilar|yan|yarak|mak|nmis|niyor)|dogra(di|dilar|yan|yarak|mak|nmis|niyor)|"
        r"parca parca)",
        r"iskence (ed(en|enler|ilen|ilerek|erek|iyor|iyorlar|ilmis|ildi|ip|ecek|ildigi)|yap(an|anlar|iyor|ilan|"
        r"ilmis|ti|arak)|goren|gorup|goruyor|videosu|sahne\w*|odasi)|iskenceyle oldur\w*|iskence ile oldur\w*",
        r"(diri diri|canli canli) (yak|gom|yakil|gomul|derisini yuz)\w*",
        r"derisini (\w+ )?yuz(du|duler|en|enler|mek|erek|uyor\w*|up|ecek\w*|dugu)|derisi (\w+ )?yuzul\w*",
        r"(olene kadar|olesiye|oldurene kadar) (\w+ )?(dov|tekmele|bogazla|bicakla|iskence)\w*|(doverek|"
        r"tekmeleyerek|bicaklayarak|bogarak|yakarak|taslayarak|iskenceyle|iskence ederek) (\w+ )?oldur\w*",
        r"beyn\w* (\w+ ){0,2}(duvara|yere|etrafa|asfalta) (sacil|yapis|dagil|sicra)\w*|beyn\w* (parcalar\w*|"
        r"etrafa sacil\w*)|(bagirsak|ic organ)\w* (\w+ ){0,2}(disarida|dokulmus|dokuldu|sarkiyor|sarkan|firlamis|"
        r"disari firla)\w*|karn\w* (\w+ )?des(ti|tiler|ip|erek|ildi|ilmis|en|mek)",
        r"(fiskiran|fiskirtan|fiskiriyor) kan\w*|kan(lar)? (\w+ )?(fiskir|her yere sicr|duvarlara sicr)\w*|"
        r"kan golu\w*",
        _TR_ANIMAL + r" (\w+ ){0,3}(olene kadar|olesiye|canli canli|diri diri) (\w+ )?(dov|tekmele|yak|vur|"
        r"iskence|gom|bogazla)\w*",
        _TR_ANIMAL + r" (\w+ )?(tekmeleyerek|doverek|yakarak|atese vererek|iskenceyle|iskence ederek|bogarak|"
        r"asarak|zehirleyerek|taslayarak) (\w+ )?oldur\w*",
        _TR_ANIMAL + r"(a|e|ya|ye)? (\w+ )?(atese ver|yak|tekmele|iskence ed|iskence yap|eziyet ed|tekme at)"
        r"(en|enler|di|diler|mak|mek|iyor|iyorlar|ip|arak|erek|mis|ti|tiler|acak|ecek)(?![a-z])",
    ),
    "hate": (
        _TR_GROUPS + r" (\w+ ){0,2}(birer |hep |tamamen |resmen |aslinda |sadece |hepsi )?" + _TR_DEROG
        + r"(dir|tir|dur|tur|lar|ler|dirler|lardir|lerdir|tirler|turlar|durlar|dan baska bir sey degil)"
          r"(?! degil)(?![a-z])",
        _TR_GROUPS + r" (\w+ ){0,2}(birer |hep |tamamen |resmen |aslinda |sadece |hepsi )?" + _TR_DEROG_STRONG
        + r"(?! degil)",
        _TR_GROUPS + r" (\w+ ){0,2}(birer) " + _TR_DEROG + r"\w*(?! degil)",
        _TR_GROUPS + r" (\w+ ){0,2}(fare|hamamboceg\w*|hayvan|bocek|kopek|it|hasere|tavsan)(ler|lar)? gibi "
                     r"(ur|cogal|dogur|istila|yayil)\w*",
        _TR_GROUPS + r" (\w+ )?(defol(sun|sunlar|un|up gitsin)?|disari|ulkeden (atilsin|kovulsun|defolsun|gitsin)|"
                     r"kovulsun|sinir disi edil(sin|meli|sinler|meliler)|yok edil(sin|meli|sinler|meliler)|"
                     r"gebersin|gebersinler|topraklarimizdan defol\w*|oldurulmeli|oldurulsun|asilmali)"
                     r"(?= *($|[!,.;]| hemen| derhal))",
        r"(tum|butun|hepsini|hepsi|tamamini|ne kadar) (\w+ )?" + _TR_GROUPS + r"\w* (\w+ )?(sinir disi (edin|edilsin|"
        r"edilmeli|etmeli|et)|kovun|kovulsun|defedin|yok edin|yok edilmeli|oldurun|gebertin|olmeli)",
        r"(suriyeli|gocmen|multeci|kurt|arap|yahudi|ermeni|rum|cingene|zenci|gavur|ibne|escinsel|lgbt)"
        r"(ler|lar|li|liler)?(e|a|ye|ya|lere|lara) olum(?![a-z])",
        r"ibne\w*|nonos(?!tant)\w*|gotveren\w*|(pis|igrenc|kahrolasi|lanet|lanet olasi|kokmus|allahin belasi) "
        r"(suriyeli|gocmen|multeci|kurt|arap|yahudi|ermeni|rum|cingene|zenci|gavur|afgan|escinsel|lezbiyen|"
        r"ibne|kafir|yunan|cigan|kurtler|araplar)\w*|(ermeni|yahudi|rum|gavur|kurt|arap|suriyeli|cingene|yunan)\w* "
        r"(tohumu|pici|picleri|bozuntusu|artigi|dolu pici)|kilic artig\w*",
    ),
    "self_harm": (
        r"intihar\w*",
        r"kendi(ni|mi|sini|nizi|lerini) (\w+ )?(ipe|ipte|tavana|agaca|agactan|tavandan|kirise) as\w*|"
        r"kendi(ni|mi|sini) asarak (intihar|oldur)\w*|boynuna (ip|ilmik|urgan) (gecir|dola|bagla|tak)\w*|"
        r"(tavana|kirise) (ip|urgan) bagla\w*",
        r"bile(k|g)(ler)?(in|im|ini|imi|lerini|lerimi|lerim|i|ine)? (\w+ )?(kes(ti|tim|ecek|ecegim|mek|en|iyor\w*|ip|"
        r"erek|meye|mis)|jiletle\w*)|jilet\w* (ile |le )?(kendi\w*|kollar\w*|bilek\w*|kol\w*|bacak\w*) (\w+ )?"
        r"(kes|cizi|cizer|cizm|cizd|ciz)\w*|kendi(ni|mi|sini) (\w+ )?(jiletle|bicakla) (kes|ciz)\w*|"
        r"kollari\w* jiletle\w*|kendine zarar ver\w*",
        r"kendi(ni|mi|sini|nizi|lerini) (\w+ )?oldur\w*|git (kendini )?(oldur|gebert|as)(?![a-z])|git ol(?![a-z])|"
        r"kendini oldursene|olsen de kurtulsak",
        r"olmek istiyor\w*|yasamak istemiyor\w*|artik yasamak istemiyor\w*|yasamaya devam etmek istemiyor\w*|"
        r"hayat\w* son ver\w*",
        r"kendi(ni|mi|sini) (\w+ )?(kopruden|binadan|catidan|balkondan|pencereden|ucurumdan|trenin onune|"
        r"metronun onune|raylara|denize) (at|birak)\w*|(kopruden|catidan|binadan|balkondan) atla(yip|yarak)? "
        r"(\w+ )?(intihar|olmek|olmeye|hayatina son)\w*",
        r"(butun|tum|bir kutu|kutu kutu|avuc avuc|bir avuc) (\w+ )?(hap|ilac|uyku hap)\w* (\w+ )?(icti|icmek|icip|"
        r"icecek|iciyor|ictim|icecegim|yuttu|yutmak|yutup|yuttum|yutacagim)",
        r"(yedikten|yemekten) sonra (\w+ )?(kus(mak|tum|uyor\w*|arak|acagim)|kustur\w*)|kendi(ni|mi|sini) kustur\w*|"
        r"kemik\w* (gorunene|cikana|sayilana) kadar (\w+ )?(ac|zayifla|kilo ver|yeme)\w*|"
        r"pro[- ]?ana|pro[- ]?mia|thinspo\w*|thinspiration|bonespo|meanspo",
    ),
    "extremism": (
        _TR_TERR + r" (\w+ ){0,2}(bir |birer )?(kahraman|sehit|gazi|mucahit|aslan|yigit|efsane)(dir|tir|dirler|"
                   r"tirler|lar|ler|lardir|lerdir|imiz|imizdir|larimiz|lerimiz|larimizdir|lerimizdir|di|ti|lardi|lerdi)"
                   r"(?![a-z])",
        _TR_TERR + r" (\w+ ){0,2}(kahraman|sehit|mucahit|efsane)\w* (olarak|gibi) (goster|ovu|yucelt|anlat|"
                   r"canlandir|sun|tasvir)\w*",
        r"(yasasin|sanli|selam olsun) (\w+ )?(" + _TR_ORG + r"|cihad\w*|hilafet\w*)(?![a-z])|biji (\w+ )?(pkk|"
        r"serok apo|apo|berxwedan)|sehid namirin",
        _TR_ORG + r"['’]?\w* (\w+ ){0,2}(saflarina|safina|kadrosuna|gerillasina|ordusuna|cihadina) "
                  r"(katil|katilin|katilalim|kosun|gelin)(?![a-z])",
        r"cihad(a|i|ina|imiza)? (katil|katilin|katilalim|kosun|git|gidin)(?![a-z])|cihad(a|i)? (cagir|davet)"
        r"(an|iyor|iyoruz|ir|mak)\w*|kafir\w* (karsi )?(cihad|savas)\w*|kafirleri oldur\w*|kutsal cihad\w*",
        _TR_ORG + r"['’]?\w* (icin )?(bir )?(propaganda|ovgu|eleman toplama|militan toplama|cagri)\w* (video|klip|"
                  r"film|afis|poster|sarki|mars)\w* (yap|hazirla|olustur|uret|cek|tasarla)(in|iniz|yin|sana)?"
                  r"(?![a-z])",
        _TR_ORG + r"['’]?\w* icin (\w+ ){0,2}(propaganda|ovgu|eleman toplama)\w* (video|klip|film|afis|poster|"
                  r"sarki|mars)\w*",
        r"(saldiri|katliam|bombalama|canli bomba eylem)\w* (\w+ ){0,3}(ovu|yucelt|kutsa)\w*|(ovu|yucelt|kutsa)"
        r"\w* (\w+ ){0,2}(saldiri|katliam|canli bomba|teror eylem)\w*",
    ),
    "insult": (
        TR_TARGET + r"(?! ile)[:,.!]?( [\w'’.,:-]+){0,6}? " + _TR_INSULT
        + r"(?! salak| (bir |cok |biraz )?(hata|hatalar|soru|sorular|sey|seyler|fikir|espri|saka|sakalar|film|oyun|"
          r"hareket|durum|yorum|cevap|video|gun|isler))",
        _TR_INSULT + r"[,:]? " + TR_TARGET,
        TR_TARGET + r"(?! ile)( [\w'’.,:-]+){0,6} (bir )?(sisko|sisman|pis|aptal|igrenc|tombul|yagli|hantal|kokusmus) "
                    r"(bir )?" + _TR_INSULT_ANIMAL,
        TR_TARGET + r"(?! ile)( [\w'’.,:-]+){0,6} (bir )?" + _TR_INSULT_ANIMAL + r"(lar|ler)? (olarak|gibi)(?![a-z])",
        TR_TARGET + r"(?! ile)( [\w'’.,:-]+){0,6} (bir )?" + _TR_INSULT_ANIMAL + r"(sun|sin|dur|dir|tur|tir|sunuz)(?![a-z])",
        r"(rezil (eden|ettigi|edecek|et)|asagilayan|asagilayici|kucuk dusuren)( [\w'’.,:-]+){0,6} " + TR_TARGET,
        TR_TARGET + r"(?! ile)( [\w'’.,:-]+){0,6} (rezil (et|eden|edecek|edin)|asagila(yan|yin|yacak|))(?![a-z])",
    ),
}

SHARED = {
    "sexual": (r"\w*porno\w*|porn|pr0n", r"masturb\w+", r"striptiz\w*|striptease\w*|strip ?tease\w*"),
}



def _merged(*by_language: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """One tuple of patterns per category, the languages' in order."""
    categories = dict.fromkeys(c for patterns in by_language for c in patterns)
    return {c: tuple(p for patterns in by_language for p in patterns.get(c, ())) for c in categories}


NPT_TERMS = _merged(NL, PL, TR, SHARED)

# ---------------------------------------------------------------------------------------------------------------
# Allow-contexts: a benign phrase that covers the whole span of a term match.
# ---------------------------------------------------------------------------------------------------------------
_NL_HISTORY = (r"(middeleeuw\w*|franse revolutie|guillotine|koning\w*|koningin\w*|karel i|marie antoinette|"
               r"anne boleyn|romein\w*|historisch\w*|geschiedenis\w*|museum|musea|tentoonstelling|oldenbarnevelt|"
               r"inquisitie|heksenvervolging|tachtigjarige oorlog|spaanse|verzetsstrijders|gestapo|tweede "
               r"wereldoorlog|wo2|wo ii|oorlogsmuseum|kamp)")
_PL_HISTORY = (r"(sredniowiecz\w*|rewolucj\w*|gilotyn\w*|krol\w*|krolow\w*|historii|historyczn\w*|muzeum|muzea|"
               r"wystaw\w*|inkwizycj\w*|czarownic\w*|gestapo|nkwd|ub|stalinowsk\w*|okupacj\w*|niemieck\w* "
               r"oboz\w*|auschwitz|obozie|pawiak\w*|powstan\w*|ipn|lekcj\w* historii|jan hus|giordano bruno|"
               r"marii antoniny|maria antonina)")
_TR_HISTORY = (r"(ortacag\w*|osmanli\w*|fransiz devrimi|giyotin\w*|kral\w*|kralice\w*|tarih\w*|muze\w*|sergi\w*|"
               r"engizisyon\w*|cadi avi|cadilari|nazi\w*|12 eylul|darbe donemi\w*|belgesel\w*|roma imparator\w*)")

NL_ALLOW = {
    "sexual": (
        r"naaktslak\w*|naakte (waarheid|feiten|oog)|met het (blote|naakte) oog",
        r"(museum|rijksmuseum|beeldentuin|tentoonstelling|expositie|standbeeld\w*|beeld\w*|schilderij\w*|"
        r"marmer\w*|brons\w*|griekse|romeinse|klassieke|renaissance|rubens|rembrandt|tekenles|modeltekenen|"
        r"kunstacademie)[^.!?]{0,80}?(naakt\w*|naakte \w+|blote \w+)( \w+)?",
        r"(naakte|naakt) (beeld\w*|standbeeld\w*|sculptuur|figuur|figuren)( \w+)?",
        r"(heeft|hebben|hadden) (\w+ ){0,2}(seks|sex) ?(voorlichting|educatie|les)",
        r"(bed|douche|bad)[^.!?]{0,80}zonder censuur (op|in) (de )?(kritiek|mening)",
    ),
    "violence": (
        _NL_HISTORY + r"[^.!?]{0,80}?(onthoofd|gevierendeeld|gemarteld|martel|levend verbrand|levend begraven)\w*"
                      r"( \w+){0,2}",
        r"(onthoofd|gevierendeeld|gemarteld|martel|levend verbrand)\w*[^.!?]{0,60}" + _NL_HISTORY,
        r"(stop|tegen|verbod op|verbied|amnesty|campagne tegen|mensenrechten|verdrag tegen)( \w+){0,3} "
        r"(marteling\w*|martelen)",
        r"(vlieg|vliegen|mug|muggen|wesp|wespen|spin|kakkerlak)\w* (\w+ )?dood(slaan|slaat|geslagen|sloeg)|"
        r"(de )?tijd (\w+ )?dood(slaan|slaat|geslagen)|dood(slaan|sloeg|geslagen) (\w+ ){0,2}(vlieg|vliegen|mug|"
        r"muggen|wesp|wespen|tijd)",
        r"bloedbad (op|aan|in) de (beurs|aandelenmarkt|markt|effectenbeurs|transfermarkt)|(beurs|aandelen|"
        r"koersen)( \w+){0,4} bloedbad",
        r"(slacht\w*|schaap|schapen|geit|kip|kippen|varken|koe|lam|offerfeest|halal|koosjer|rund|vis|haan)\w*"
        r"[^.!?]{0,80}?(keel|strot|kop|hoofd)\w* (\w+ )?(door|af|eraf)\w*( \w+)?",
        r"(keel|strot|kop|hoofd) (\w+ ){0,3}(van de |van het )?(kip|vis|haan|schaap|geit|varken|lam)\w*",
        r"(vis|kip|haan|garnalen|paling|haring)\w*( \w+){0,3} (kop|hoofd) (\w+ )?(eraf|af)\w*",
    ),
    "hate": (r"(flikker|flikkers) (op|toch op|maar op)",),
    "self_harm": (
        r"zelfmoordpreventie\w*|suicidepreventie\w*|(zelfmoord|suicide)(cijfers|lijn|hulplijn|preventie\w*)|"
        r"113 (zelfmoord|suicide)\w*|(voorkomen van|preventie van|praten over|campagne over|campagne tegen|"
        r"voorlichting over|rouwen om|nabestaanden na|nabestaanden van|taboe op|bespreekbaar maken van|"
        r"stichting tegen) (\w+ )?(zelfmoord|zelfdoding|suicide|automutilatie|zelfbeschadiging)\w*",
        r"zelfmoordaanslag\w*|zelfmoordterrorist\w*|zelfmoordcommando\w*|zelfmoordactie\w*|politieke zelfmoord|"
        r"zelfmoordmissie|sportieve zelfmoord",
        r"(hulp bij|behandeling van|therapie voor|voorlichting over|praten over) (\w+ )?(zelfbeschadiging|"
        r"automutilatie)\w*",
        r"(huisarts|psycholoog|psychiater|therapeut|hulpverlener|hulplijn|113|ggz|behandelaar)\w*[^.!?]{0,60}?"
        r"(zelfmoord|suicid|zelfdoding|zelfbeschadig|automutilatie)\w*|(zelfmoord|suicid|zelfdoding|"
        r"zelfbeschadig|automutilatie)\w*[^.!?]{0,60}(huisarts|psycholoog|psychiater|therapeut|hulpverlener|"
        r"hulplijn|113|ggz)\w*",
        # a prevention spot that names the helpline a sentence later ("denk je aan zelfmoord? praat erover, bel 113")
        r"(zelfmoord|zelfdoding|suicid)\w*[^\n]{0,160}?(bel 113|113\.nl|0800 ?0113|praat erover|hulplijn)",
    ),
    "extremism": (),
    "insult": (
        NL_TARGET + r"[:,.!]?( [\w'.,:-]+){0,6} (verkleed|verkleedt|gekostumeerd|in een \w*kostuum) (\w+ )?als( \w+){1,3}",
    ),
}

PL_ALLOW = {
    "sexual": (
        r"(muzeum|muzeach|galeri\w*|wystaw\w*|rzezb\w*|posag\w*|obraz\w*|marmur\w*|antyczn\w*|greck\w*|rzymsk\w*|"
        r"renesans\w*|rubens\w*|akt\w*|lekcj\w* rysunku|rysunku)[^.!?]{0,80}?(nag\w*|golizn\w*)( \w+)?",
        r"kutas(y|ami|ow)? (przy|u|od) (zaslon|firan|pasa|kontusz|czapk|poduszk)\w*",
        r"nagie (drzewa|sciany|galezie|skaly|pola)",
    ),
    "violence": (
        _PL_HISTORY + r"[^.!?]{0,80}?(sciec|sciet|scina|sciecie|torturow|spalon|palon|spal)\w*( \w+){0,2}",
        r"(odcina\w*|odciac|odcia\w*|obcina\w*|obciac|obcia\w*|ucina\w*|uciac|ucia\w*) (\w+ )?glow\w* (\w+ )?"
        + _PL_FOOD_ANIMAL,
        _PL_FOOD_ANIMAL + r"\w*,?( \w+,?){0,3} (odcina\w*|odciac|odcia\w*|obcina\w*|obciac|obcia\w*|ucina\w*|"
        r"uciac|ucia\w*|odciet\w*) (\w+ )?glow\w*",
        # "Górę", "góry" lose their accents and read as English "gore", "gory": a mountain after a preposition
        r"(jasn\w*|na|z|ze|w|we|pod|do|od|spod|znad) (gore|gory|gora)",
        r"(glow\w*|leb\w*) (\w+ )?(odciet\w*|obciet\w*) (\w+ )?" + _PL_FOOD_ANIMAL,
        r"(dam|dalbym|dala bym|dalabym|daje|dalem) (sobie )?glow\w* (\w+ )?(uciac|obciac)",
        r"(obdzier\w*|obdar\w*|zdziera\w*) (\w+ )?" + _PL_FOOD_ANIMAL + r" (\w+ )?ze skory|(obdzier\w*|obdar\w*|"
        r"zdziera\w*) (\w+ )?ze skory (\w+ )?" + _PL_FOOD_ANIMAL + r"|" + _PL_FOOD_ANIMAL
        + r"( \w+){0,3} (obdzier\w*|obdar\w*|zdziera\w*) (\w+ )?ze skory",
        r"(poderzn|podrzn|podcina|podcia)\w* (\w+ )?gardl\w* (\w+ )?" + _PL_FOOD_ANIMAL + r"|" + _PL_FOOD_ANIMAL
        + r"( \w+){0,3} (poderzn|podrzn|podcina|podcia)\w* (\w+ )?gardl\w*",
        r"(stop|przeciw|przeciwko|kampani\w*|kara|kary|zakaz|walka z|walce ze|zglos\w*|ustaw\w*|sprzeciw|"
        r"przypadki|przypadkow)( \w+){0,3} znecan\w* (sie )?(nad )?(\w+ )?" + _PL_ANIMAL,
        r"(zaglask|zaglaszcz)\w* (\w+ )?" + _PL_ANIMAL + r" (\w+ ){0,3}na smierc",
        r"(muzeum|narzedzi\w*|wystaw\w*)( \w+){0,3} tortur\w*",
    ),
    "hate": (),
    "self_harm": (
        r"(gol|gola|bramk\w*|trafieni\w*|strzal\w*|podani\w*)\w* samobojcz\w*|samobojcz\w* (gol|gola|bramk|"
        r"trafieni|strzal|podani)\w*",
        r"samobojcz\w* (zamach|atak|misj|decyzj|polityk|ruch|krok)\w*|(zamach\w*|atak\w*|zamachowc\w*|misj\w*|"
        r"decyzj\w*|krok\w*)( \w+)? samobojc\w*",
        r"(zapobiegani\w*|prewencj\w*|profilaktyk\w*|przeciwdzialani\w*|statystyk\w*|kampani\w*|rozmow\w*|"
        r"edukacj\w*|swiatow\w* dzien zapobiegania|liczb\w*)( \w+){0,3} (samoboj|samookalecz)\w*",
        r"telefon\w* zaufania[^.!?]{0,80}?(samoboj|samookalecz)\w*( \w+){0,2}|(samoboj|samookalecz)\w*[^.!?]{0,80}"
        r"telefon\w* zaufania",
        # round 12 (dev17): a helpline named a sentence or two later ("Masz myśli samobójcze? ... telefon zaufania")
        r"(samoboj|samookalecz)\w*[^\n]{0,160}?(telefon\w* zaufania|116 ?111|116 ?123)",
        r"(polityczn\w*|sportow\w*|zawodow\w*) samoboj\w*|samoboj\w* (polityczn|sportow|zawodow)\w*",
        r"(lekarz|psycholog|psychiatr|terapeut|specjalist|pomoc\w* psychologiczn|wsparci)\w*[^.!?]{0,60}?"
        r"(samoboj|samookalecz)\w*|(samoboj|samookalecz)\w*[^.!?]{0,60}(psycholog|psychiatr|terapeut|"
        r"specjalist|telefon\w* zaufania)\w*",
    ),
    "extremism": (
        r"zamach\w* majow\w*|zamach stanu",
    ),
    "insult": (
        PL_TARGET + r"[:,.!]?( [\w'.,:-]+){0,6} (przebran\w*|przebiera\w*) (\w+ )?(za|jako)( \w+){1,3}",
    ),
}

TR_ALLOW = {
    "sexual": (
        r"ciplak (goz|gozle|ayak\w*|agac\w*|duvar\w*|gercek\w*)",
        r"(muze\w*|heykel\w*|tablo\w*|resim\w*|sergi\w*|galeri\w*|antik|yunan|roma|ronesans|rubens|mermer\w*|"
        r"bronz)[^.!?]{0,80}?(ciplak\w*)( \w+)?",
        r"soyunma odasi\w*",
        r"(sevisen|sevisir|sevisme)\w* (kus|guvercin|kumru|kelebek)\w*",
    ),
    "violence": (
        r"(kurban|kurbanlik|kurbanlari|kurbani|koyun\w*|koc\w*|keci\w*|dana\w*|sigir\w*|kuzu\w*|tavug\w*|tavuk\w*|"
        r"balig\w*|balik\w*|horoz\w*|hindi\w*|hamsi\w*|levrek\w*|cipura\w*|palamut\w*|alabalik\w*|kasap\w*|"
        r"tavsan\w*|avci\w*|geyik\w*|av)[^.!?]{0,80}?(kafa|kafasi|kafasini|basi|basini|bogazini|bogazi|karn\w*|bagirsak\w*|derisini|"
        r"derisi)\w* (\w+ )?(kes|kesil|kopar|des|yuz|disari|temizle)\w*",
        r"(kurban bayrami|kurban kesimi|kurban kesme\w*)|kafasi kesik tavuk( gibi)?",
        _TR_HISTORY + r"[^.!?]{0,80}?(iskence|diri diri|canli canli|kafa|kafasi|basi|kesil|kazig)\w*( \w+){0,2}",
        r"(iskenceye|iskencenin|iskence ile) (karsi|hayir|son|onlenmesi|mucadele)\w*|(insan haklari|"
        r"iskenceyi onleme)( \w+){0,3} iskence\w*( \w+)?",
        r"(hayvan\w*|kedi\w*|kopek\w*)(a|e|ya|ye)? (\w+ )?(iskence|eziyet) (ed|yap)\w* (\w+ ){0,3}(ceza\w*|hapis\w*|"
        r"yasa\w*|sikayet\w*|ihbar\w*)( \w+)?|(hayvan\w* )?(eziyete|iskenceye) (hayir|karsi|son)",
        r"kan golu\w* (\w+ )?(haline gelen|gibi) (sahne|saha|mutfak)\w*",
    ),
    "hate": (),
    "self_harm": (
        r"intihar\w* (onle\w*|onlem\w*|hatti|destek hatti|yardim hatti|farkindalik\w*)|intihari onle\w*|"
        r"intihar(a|in)? (karsi|onlenmesi)\w*|intihar (gibi|niteliginde|anlamina)|(siyasi|politik|ticari|kariyer|sportif)\w* intihar\w*|"
        r"intihar (saldir|bomba|eylem|komando|timi)\w*|(intihar|kendine zarar ver)\w* (\w+ ){0,3}(dusuncesi olan|"
        r"dusunceleri olan)\w* (\w+ ){0,3}(destek|yardim|psikolog|danisma)\w*|(psikolog|uzman|doktor|danisma)\w*"
        r"( \w+){0,4} intihar\w*( \w+){0,2}",
        r"(utanctan|utancimdan|rezillikten|sicaktan|merakimdan|sikintidan) (\w+ )?olmek istiyor\w*",
        # round 12 (dev17): support campaigns ("intihar düşüncen varsa yalnız değilsin, konuş ve yardım iste")
        r"intihar\w*[^.!?]{0,80}?(yalniz degilsin|yardim iste\w*|yardim al\w*|destek (iste|al)\w*)",
    ),
    "extremism": (),
    "insult": (
        TR_TARGET + r"(?! ile)( [\w'’.,:-]+){0,6} (kostum\w*|kilig\w*|kiliklar\w*)( [\w'’.,:-]+){0,3} (girmis|girdi|"
                    r"giymis)\w*",
    ),
}

NPT_ALLOW = _merged(NL_ALLOW, PL_ALLOW, TR_ALLOW)
