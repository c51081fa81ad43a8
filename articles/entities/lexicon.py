"""Word lists that decide what a capitalised word is: hand-written, small, principled."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Courtesy titles: always stripped from a name, and enough on their own to say
# that the next capitalised word is a person ("Mr Neeson").
HONORIFICS = _words(
    "mr mrs ms miss mx dr sir dame lord lady prof professor rev reverend revd fr father "
    "rabbi imam sheikh shaikh ayatollah mullah cardinal archbishop bishop pope mgr monsignor "
    "baroness baron viscount earl duke duchess count countess"
)

# Job titles strong enough, written right before one capitalised word, to say it
# is a person's surname ("President Reagan", "Secretary Baker").
STRONG_TITLES = HONORIFICS | _words(
    "president secretary minister chancellor senator sen rep congressman congresswoman "
    "governor gov mayor premier ambassador commissioner judge justice king queen prince "
    "princess emir sultan gen col colonel lt lieutenant capt captain sgt sergeant "
    "adm admiral cmdr commander maj brig brigadier marshal detective inspector treasurer "
    "chairman chairwoman spokesman spokeswoman vice-president"
)

# Words that head a role written before a name ("Defense Secretary", "press
# secretary", "chairman"). Matched case-insensitively.
ROLE_HEADS = STRONG_TITLES | _words(
    "vice deputy chief director executive officer head leader spokesperson adviser advisor "
    "aide envoy representative delegate counsellor councillor alderman mp mep mla "
    "attorney prosecutor lawyer solicitor barrister analyst economist strategist dealer "
    "trader broker banker manager boss coach skipper captain striker midfielder defender "
    "goalkeeper keeper player winger actor actress singer star musician guitarist drummer "
    "bassist rapper artist frontman singer-songwriter songwriter producer author "
    "writer playwright novelist poet director comedian presenter host broadcaster "
    "journalist editor reporter correspondent columnist critic designer founder "
    "co-founder owner partner president-elect chair spokesmen researcher scientist "
    "professor lecturer teacher headteacher principal dean doctor surgeon nurse "
    "member candidate campaigner activist organiser official officials governor-general "
    "treasurer comptroller controller auditor administrator superintendent constable "
    "consultant expert boxer champion athlete runner cyclist golfer jockey trainer "
    "rider driver swimmer"
)

# Lowercase words that can sit inside a role before a name ("deputy national
# security adviser", "White House press secretary").
ROLE_MODIFIERS = _words(
    "deputy vice acting former then chief senior junior assistant associate general "
    "national security foreign defence defense finance trade economic economics home "
    "interior justice health education energy transport agriculture commerce labour "
    "labor environment culture treasury state press communications executive managing "
    "film pop rock music football rugby tennis cricket club party opposition shadow "
    "team group company firm bank union industry world co news chart hip-hop soul jazz "
    "fellow veteran legendary singer actor oscar-winning award-winning new"
)

# Name particles: lowercase words allowed inside a name between capitalised
# words ("Jean-Yves le Drian", "Philip van Doren Stern", "Miguel de la Madrid").
PARTICLES = _words("de da di do dos das du del della der den van von le la bin ibn al el y ter ten af zu")

# Nouns that make a capitalised run an organisation, place, event or work,
# never a person ("Christian Brothers", "Marshall Plan", "Lyric Theatre").
NON_PERSON_WORDS = _words(
    "inc inc. corp corp. co co. ltd ltd. plc llc llp lp ag sa nv bv gmbh spa pty "
    "corporation company companies group holdings holding industries international "
    "brothers bros securities partners associates capital investments investment "
    "ventures enterprises financial finance bank bancorp banks trust fund funds "
    "insurance assurance airlines airways motors systems technologies technology "
    "communications pharmaceuticals petroleum oil energy resources mining steel "
    "chemical chemicals foods products services stores records studios pictures "
    "films entertainment media publishing press newspapers times post journal "
    "herald tribune gazette telegraph mail news network broadcasting television radio "
    "tv channel magazine council party union league federation association society "
    "institute institution foundation commission committee subcommittee authority "
    "agency board department ministry office bureau service court tribunal parliament "
    "congress senate assembly cabinet government administration house senate "
    "university college school academy hospital clinic church cathedral chapel "
    "mosque temple museum gallery theatre theater cinema opera ballet orchestra "
    "band choir club team united city rovers athletic wanderers "
    "centre center tower building square street st road avenue drive "
    "bridge garden gardens airport station port harbour harbor estate "
    "county district state province region island islands isles mountains "
    "river lake sea ocean valley bay coast beach "
    "show awards award prize festival cup trophy championship championships games "
    "olympics series tour plan act accord agreement treaty pact doctrine report "
    "index exchange market markets fund reserve strategy unit initiative programme "
    "program project campaign scheme law list menace wars war week "
    "republic kingdom empire federal national royal general central "
    "democrat democrats republican republicans conservative conservatives liberal "
    "liberals labour socialist socialists communist communists tory tories "
    "hotel restaurant cafe bar pub man men boy boys girl girls "
    "consortium alliance coalition forum laboratory laboratories grammy grammys bafta "
    "baftas emmy emmys"
)

# Single words that follow a name-like run and make it an organisation.
ORG_SUFFIXES = _words(
    "inc corp co ltd plc llc llp lp ag sa nv bv gmbh spa pty corporation company "
    "group holdings brothers bros securities partners associates capital bancorp"
)

# Firms named after people that are written without a suffix in news copy.
EPONYMOUS_FIRMS = _words(
    "morgan-stanley salomon-brothers merrill-lynch dean-witter goldman-sachs "
    "smith-barney shearson-lehman kidder-peabody paine-webber drexel-burnham "
    "lehman-brothers bear-stearns prudential-bache dillon-read donaldson-lufkin "
    "morgan-grenfell warburg-pincus kleinwort-benson lazard-freres rothschild "
    "charles-schwab edward-jones raymond-james marks-spencer sainsbury "
    "john-lewis ernst-young arthur-andersen price-waterhouse peat-marwick "
    "deloitte-touche coopers-lybrand procter-gamble johnson-johnson "
    "hewlett-packard rolls-royce mercedes-benz harley-davidson ben-jerry "
    "dow-jones walt-disney warner-bros ford-motor philip-morris "
    "louis-vuitton christian-dior yves-saint-laurent calvin-klein ralph-lauren "
    "tommy-hilfiger jp-morgan j.p.-morgan"
)

MONTHS_AND_DAYS = _words(
    "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday "
    "wednesday thursday friday saturday sunday christmas easter"
)

# Function words and frequent sentence openers: never part of a name.
COMMON_WORDS = _words(
    "a an the and or but nor so yet for of in on at to from by with without into onto "
    "over under about above below after before during since until while when where "
    "whereas why how what which who whom whose that this these those there here then "
    "than if unless because although though as also too very not no yes all any both "
    "each every either neither some such many much more most less least few several "
    "other another same own only just even still already again once ever never always "
    "often sometimes however meanwhile moreover furthermore nevertheless instead "
    "indeed thus hence therefore otherwise besides despite against among between "
    "through throughout across along around behind beyond near towards toward upon "
    "within via per i we you he she it they me us him her them my our your his its "
    "their mine ours yours hers theirs is are was were be been being am do does did "
    "has have had having will would shall should can could may might must said says "
    "say told tells according asked speaking describing adding writing noting "
    "earlier later last next first second third new old one two three four five six "
    "seven eight nine ten hundred thousand million billion dear today yesterday tomorrow "
    "now soon recently previously currently finally initially additionally "
    "analysts officials sources shares prices investors traders dealers critics "
    "fans experts observers officials economists bankers reports figures data "
    "like unlike let please thank thanks well oh ok okay hello hi "
    "mr mrs ms dr"
)

# Lowercase nouns that introduce the title of a work or the name of a group,
# never a person ("the programme Go Digital", "the band Gothic Plague").
WORK_NOUNS = _words(
    "programme program show series film movie documentary album single song hit track "
    "record book novel play musical opera band group charity campaign scheme brand "
    "label newspaper magazine website game software"
)

# Words that, written right after a capitalised run, suggest it is a person.
SPEECH_VERBS = _words(
    "said says say told tells added adds stated argued warned noted explained insisted "
    "declared announced predicted admitted denied claimed believes believed thinks "
    "thought wrote writes urged called asked replied commented suggested stressed "
    "acknowledged conceded confirmed recalled who"
)


@lru_cache(maxsize=1)
def first_names() -> dict[str, int]:
    """Given names, lowercased, with their highest frequency class (1 rare .. 13).

    From gender-guesser's nam_dict.txt (Jörg Michael's international first-name
    dictionary, about 48,000 names from some 55 countries), read once.
    """
    text = (
        resources.files("gender_guesser")
        .joinpath("data/nam_dict.txt")
        .read_text(encoding="utf-8")
    )
    names: dict[str, int] = {}
    for line in text.splitlines():
        if not line or line[0] in "#=":
            continue
        parts = line.split()
        if len(parts) < 2:
            continue
        name = parts[1]
        freq = 0
        for ch in line[30:86]:
            if ch != " " and ch in "0123456789ABCDEF":
                freq = max(freq, int(ch, 16))
        variants = {name.replace("+", r) for r in ("", " ", "-")} if "+" in name else {name}
        for variant in variants:
            key = variant.lower()
            if names.get(key, -1) < freq:
                names[key] = freq
    return names


# Lowercase words that, written right before a capitalised run, say it is a
# person ("finalist Paradorn Srichaphan", "hooker Sebastien Bruno", "his wife
# Joan"). Unlike ROLE_HEADS they are never taken out of a capitalised run, so
# "Hooker", "Lock" or "Wing" stay surnames.
CONTEXT_ROLES = _words(
    "finalist semi-finalist winner runner-up nominee contender seed hooker prop flanker lock "
    "fly-half scrum-half full-back centre-back centre-half left-back right-back "
    "wing-back wing forward batsman bowler spinner all-rounder opener sprinter "
    "hurdler ace legend team-mate teammate compatriot rival "
    "opponent counterpart predecessor successor colleague filmmaker film-maker "
    "photographer dancer composer conductor pianist violinist cellist soprano tenor "
    "choreographer screenwriter historian academic biographer architect engineer "
    "entrepreneur businessman businesswoman tycoon billionaire magnate mogul heiress "
    "wife husband son daughter brother sister mother girlfriend boyfriend fiancee "
    "fiance widow widower victim suspect defendant soldier pilot chef rocker crooner "
    "diva dj co-star bandmate band-mate vocalist frontwoman newcomer youngster "
    "teenager"
)

# Role words that organisations share with people ("partner Keyobs", "rival
# Microsoft", "market leader Sony"): enough to help a full name, never enough
# to make one capitalised word a person.
ORG_CAPABLE_ROLES = _words(
    "partner owner member producer host broadcaster player dealer "
    "trader broker banker adviser advisor consultant administrator auditor controller "
    "candidate leader rival counterpart"
)

# Lowercase nouns that, written after "the X Y", make X Y the name of a venue,
# firm or body ("the Tor Di Valle arena", "the Arthur D. Little consultancy").
VENUE_NOUNS = _words(
    "arena stadium ground consultancy firm company group bank charity label agency "
    "brand chain airline hotel network studio studios centre center hall theatre "
    "theater venue club school university college hospital foundation trust "
    "institute gallery museum festival prize award awards trophy cup dam bridge project "
    "plant mine"
)

# Words that introduce a list of works ("whose films include A, B and C").
LIST_INTRODUCERS = _words("include includes included including like as")

# Continents and world regions: never a surname, even when a given name
# ("Latin America", "Sub-Saharan Africa").
REGION_WORDS = _words("africa asia europe america americas oceania antarctica caribbean")
