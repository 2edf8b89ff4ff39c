"""Word lists the rules read: speech verbs, titles, name heads, words that only look like names."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs that introduce what someone says or asserts, in every form a news story uses.
SPEECH_VERBS = _words("""
    say says said saying tell tells told telling add adds added note notes noted warn warns warned
    argue argues argued claim claims claimed claiming stated insist insists insisted
    explain explains explained write writes wrote describe describes described call calls called
    announce announces announced assert asserts asserted believe believes believed
    predict predicts predicted suggest suggests suggested stress stresses stressed
    emphasize emphasizes emphasized emphasise emphasises emphasised acknowledge acknowledges
    acknowledged admit admits admitted allege alleges alleged report reports reported
    recount recounts recounted reaffirm reaffirms reaffirmed affirm affirms affirmed
    reiterate reiterates reiterated declare declares declared thanked
    portray portrays portrayed urge urges urged accuse accuses accused promise promises promised
    pledge pledges pledged vow vows vowed confirm confirms confirmed deny denies denied
    dispute disputes disputed reject rejects rejected concede concedes conceded
    maintain maintains maintained contend contends contended observe observes observed
    remarked reply replies replied respond responds responded ask asks asked
    agree agrees agreed estimate estimates estimated testify testifies testified
    tweeted posted commented caution cautions cautioned
    highlight highlights highlighted outline outlines outlined condemn condemns condemned
    welcome welcomes welcomed criticize criticizes criticized criticise criticises criticised
    praise praises praised pointed
    counter counters countered recall recalls recalled retort retorts retorted quipped
    joked answered exclaimed
""")

# Verbs of taking a stand on someone else's claim, and the stance each means.
STANCE_VERBS = {
    **dict.fromkeys(["deny", "denies", "denied", "rejected", "reject", "rejects"], "denies"),
    **dict.fromkeys(
        [
            "dispute",
            "disputes",
            "disputed",
            "contest",
            "contests",
            "contested",
            "question",
            "questions",
            "questioned",
        ],
        "disputes",
    ),
    **dict.fromkeys(
        ["confirm", "confirms", "confirmed", "acknowledge", "acknowledges", "acknowledged"],
        "confirms",
    ),
}

# Nouns naming unnamed sources that make claims ("a US official", "several governments").
CLAIMANT_NOUNS = _words("""
    official officials spokesman spokeswoman spokesperson spokespeople government governments
    authorities observers experts analysts diplomats sources critics researchers investigators
    prosecutors lawmakers legislators residents witnesses activists officers commanders leaders
    ministry ministers military scientists economists statement police
    woman man resident villager farmer worker voter mother father witness MPs source diplomat
    analyst economist strategist trader dealer broker banker investor
""")

# People who work at, belong to or stand against a body without speaking for it ("an
# analyst at X said", "critics of X said", "unions at X said": round 29).
STAFF_NOUNS = _words("""
    analyst economist strategist trader dealer broker banker member researcher scientist
    professor expert investor shareholder employee worker engineer consultant fellow student
    critic opponent rival customer client supporter fan victim source
    union staff staffer
""")

# Claimant nouns of a trade that name an unnamed source only after "a", "one" or "another"
# ("an analyst said", "one dealer said"); "the analyst said" is the analyst named before
# (round 26)
INDEFINITE_CLAIMANTS = _words("""
    analyst economist strategist trader dealer broker banker investor
""")

# Claimant nouns that name one person ("a US official", "one woman").
PERSON_CLAIMANTS = _words("""
    official spokesman spokeswoman spokesperson woman man resident villager farmer worker
    voter mother father witness source diplomat
    analyst economist strategist trader dealer broker banker investor
""")

# Words a person's title is made of; a name that follows one is a person.
TITLE_WORDS = _words("""
    President Vice Prime Minister Secretary Ambassador Chancellor King Queen Prince Princess
    Pope Senator Sen. Rep. Representative Congressman Congresswoman Governor Gov. Mayor
    General Gen. Admiral Adm. Colonel Col. Lieutenant Lt. Captain Capt. Sergeant Sgt.
    Dr. Mr. Mrs. Ms. Miss Sir Dame Lord Lady Judge Justice Chief Director Chairman Chairwoman
    Commissioner Spokesman Spokeswoman Speaker Deputy Premier Emperor Crown Supreme Coach
    Professor Prof. Bishop Rabbi Imam Sheikh Ayatollah Marshal Envoy Attorney Leader
    Foreign Defense Defence Interior Finance State Treasury Former Acting Special First Lady
    Ambassador-at-Large Undersecretary Under Assistant Commander Officer Minister-President
    Brigadier Major Maj. Spokesperson Dr Mr Mrs Ms Prof Advisor Adviser Sgt Cpl. Corporal
    CEO Administrator Executive Founder Co-founder Chairperson Superintendent Inspector Detective
    Member Ranking Councilmember Councilman Councilwoman Alderman Commissioner Delegate
    Baroness Duchess Countess Viscount Marquess
    Cmdr. Cmdr Cdr. Brig. Pfc. Pfc Pvt. Pvt Cpl Spc. Spc Ens. Ens Staff Gunnery
    Sgt Maj Lt Col Capt Adm
    Secretary-General Attorney-General Director-General Governor-General Solicitor-General
    Auditor-General Surgeon-General Vice-President Vice-Chairman Vice-Chancellor Vice-Premier
    Lieutenant-Governor Major-General Lieutenant-General Deputy-Director Vice-Minister
""")

# Lower-case role nouns that can stand right before a name ("team member Rodaba Noori").
ROLE_NOUNS = _words("""
    leader president minister secretary ambassador official spokesman spokeswoman spokesperson
    member coach lecturer professor analyst director chief chairman chairwoman commander
    general envoy diplomat senator governor mayor lawmaker adviser advisor aide captain
    founder executive economist researcher author journalist correspondent editor player
    activist lawyer attorney judge prosecutor candidate chancellor premier king queen
    national citizen resident student teenager colleague fellow officer head
""")

# Role nouns of business copy that ROLE_NOUNS (roles right before a name) does not hold: an
# apposition holding one is a person's role ("X, a strategist at Y, said")
WIRE_ROLES = _words("""
    officer strategist manager partner trader economist counsel treasurer controller
    representative consultant principal owner dealer broker engineer scientist chairperson
    ceo cfo coo cto
""")

# Last words that make a capitalised phrase an organization.
ORG_HEADS = _words("""
    Department Ministry Office Council Agency Administration Commission Committee Bureau
    Service Services Center Centre Institute Institution Endowment Foundation University College
    Academy Association Union Organization Organisation Bank Fund Party Parliament Congress
    Senate Court Army Navy Force Forces Corps Guard Police Company Corporation Group Inc. Ltd
    Network Authority Board Cabinet Assembly Federation Alliance League Coalition Front
    Movement Society Trust Tribunal Secretariat Mission Embassy Consulate Command Media
    Brigade Battalion Regiment Club Team Cartel Agency Reserve Exchange Times Post Journal
    Chamber Community Consortium Observatory Commissariat Directorate Inspectorate Ombudsman
    Division Plc United FC Rovers Wanderers Athletic Albion Hotspur
    Corp. Corp Co. Co Inc Ltd. Limited LLC LLP PLC plc SARL SAS FZE FZCO GmbH AG S.A. SA NV BV
    Holdings Industries Bhd Pte JSC PJSC Hospital Clinic Infirmary
    SpA SE ASA Oyj KGaA Tbk Berhad Bancorp Holding Securities Management Associates
    Workers
    Foods Markets Capital Research Commodities Partners Airlines Motors Technologies
    Pharmaceuticals Logistics Investments Ventures Analytics Consulting Advisors Advisers
    Laboratories Brands Stores Church Brotherhood Sisterhood Municipality Org
    Airways Airline Airlines International Aviation Aerospace Systems Electronics Software
    Entertainment Communications Studios Press Herald Gazette Tribune Weekly Magazine Chronicle
""")

# a trade's noun that ends a company's name and never a person's: "Duke Energy", "Scotland
# Yard" (names.py: only where the name would otherwise be a person's; as ORG_HEADS they would
# cut "Ministry of Energy and Mineral Resources" short)
INDUSTRY_WORDS = _words("""
    Energy Petroleum Oil Gas Electric Utilities Mining Chemical Chemicals Insurance Realty
    Semiconductor Semiconductors Networks Solutions Therapeutics Biotech Telecom Pharma
    Yard Dynamics Robotics Motor Automotive Auto Works Shipbuilding Financial Technology
    Healthcare Pharmaceutical Brewing Biosciences Sports Broadcasting
""")

# what a sentence may open with to describe the name after it: "Opposition Kuomintang
# lawmakers said", "Embattled automaker GM"
DESCRIBING_OPENERS = _words("""
    Opposition Ruling Governing Rival Embattled Beleaguered Troubled Struggling Ailing
    Cash-strapped Bankrupt State-run State-owned Loss-making
""")

# what follows a person's name as part of it: "Martin Luther King Jr.", "William Clay Ford, Jr.",
# "Elizabeth II"
NAME_SUFFIXES = frozenset(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"])

# lower-case words inside a person's name: "Charles de Gaulle", "Hamdan wad Nur", "bin Salman"
PARTICLES = _words("de du da al bin van von der la le wad ibn bint ould ben del dos das di zu della")
# Small words that can stand inside a name ("Bank of England", "Charles de Gaulle").
CONNECTORS = {"of", "for", "and", "the", "on", "to"} | PARTICLES
ROLE_MODIFIERS = {
    "former",
    "senior",
    "deputy",
    "chief",
    "team",
    "top",
    "then",
    "foreign",
    "defense",
    "state",
    "party",
    "opposition",
    "army",
    "military",
    "government",
    "acting",
    "assistant",
    "vice",
}

# Calendar words: a name never runs on into them ("the Senate on Sunday").
CALENDAR_WORDS = _words("""
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Jan. Feb. Mar. Apr. Jun. Jul. Aug.
    Sept. Sep. Oct. Nov. Dec.
""")

# Words of regions and places, never part of a person's name ("Central Asian", "Forest Watch Asia").
GEO_WORDS = _words("""
    Asia Asian Africa African Europe European America American Americas Pacific Atlantic Arctic
    Antarctic Caribbean Mediterranean Baltic Balkan Balkans Caucasus Sahel Middle Central Eastern
    Western Northern Southern Southeast Southeastern Northeast Northeastern Southwest Northwest
    Latin Nordic Scandinavian Arab Persian Caspian Indo-Pacific Eurasia Eurasian Oceania
""")

# Capitalised adjectives that open organization names ("Catholic University of Asunción").
NAME_ADJECTIVES = _words("""
    Catholic Christian Muslim Jewish Islamic Buddhist Hindu Sunni Shia Democrats Republicans
""")

# Heads that make a phrase a place, an event or a document: not an actor.
NON_ACTOR_HEADS = _words("""
    City Hall Street Avenue Square Park Island Islands Peninsula Sea Ocean River Lake Mountain
    Mountains Valley County Province Region Strait Gulf Bay Airport Station Palace Stadium
    Hotel Building Tower Bridge East West North South Coast Desert Base District Plaza Road
    Conference Summit Forum Olympics Challenge Games Cup Championship Prize Award Order Act
    Law Bill Treaty Agreement Accord Resolution Program Programme List Question Plan Strategy
    War Crisis Day Week Month Year Festival Expo Show Report Index Project Declaration Charter
    Doctrine Protocol Era Initiative Article Section Amendment Code Rule Rules Regulation
    Shoal Shoals Reef Atoll Archipelago Canal Pipeline Corridor Field Dam Port Harbor Harbour
    Border Crossing Checkpoint Mine Mines Refinery
    Museum Gallery Galleries Theater Theatre Mosque Cathedral Temple Factory Pad Arena
    License Licence Definition Manifesto Guidelines Constitution Statute Convention
    Paralympics Cups Championships Tournament Carnival Jubilee Cavalcade Marathon Olympiad Parade
    Depression Recession Crash Meltdown Pandemic Epidemic
    Dialogue Meeting Meetings Talks Debate Referendum Ceremony
    Anniversary Symposium Workshop Seminar Democrat Republican
    Series Trophy Exhibition Airshow Motorshow Regatta
""")

# Capitalised words that start sentences or headings but are not names.
NOT_NAMES = _words("""
    The A An In On At For But And Or Nor As If When While Since After Before Although Though
    However Today Yesterday Tomorrow Tonight This That These Those It Its He She They We I You
    His Her Their Our My Your Such Some Many Most Both Every Each Even Other Another Next Last
    First Second Third Later Finally Furthermore Additionally Lastly Moreover Meanwhile Also
    Still Yet Then Thus Here There What Who Whom Whose Why How Where Which Whether According
    Citing Between During Despite Under Over With Without From To By Of Not No Yes All Any
    Analysis Opinion Editorial Update Updated Breaking Exclusive Watch Read More Close Share
    Image Photo Video Credit Caption Source Sources Note Now Then Instead Because Until Unless
    Once Only Just Already Again Indeed Overall Together Similarly Likewise Nevertheless
    Nonetheless Otherwise Therefore Hence Accordingly Consequently Specifically Notably
    Recently Currently Previously Earlier Initially Eventually Ultimately Clearly Perhaps
    Maybe Sadly Unfortunately Fortunately Interestingly Importantly Separately Elsewhere
    One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen
    Sixteen Seventeen Eighteen Nineteen Twenty Thirty Forty Fifty Hundred Thousand Million
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Let Please Click Find See Sign
    History Sanctions Schemes Observers Experts Analysts Officials Teams Team Critics Asked
    Live ET EST EDT GMT UTC AM PM Mr Mrs Ms Dr St Part Chapter Figure Table Says Said
    I'm I’m I'd I’d I'll I’ll I've I’ve
    Hey Hi Hello Oh Yeah Wow Okay Thanks Like Unlike Having Including Following Regarding
    Muslims Muslim Christians Christian Jews Jewish Buddhist Hindu Sunni Shia Catholic Democrats Republicans
""")

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "capt",
        "sgt",
        "adm",
        "cmdr",
        "cdr",
        "brig",
        "pfc",
        "pvt",
        "cpl",
        "spc",
        "ens",
        "maj",
        "st",
        "jr",
        "sr",
        "mt",
        "ft",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "d.c",
        "e.o",
        "a.m",
        "p.m",
        "i.e",
        "e.g",
        "al",
        "approx",
        "dept",
        "est",
        "govt",
        "intl",
        "min",
        "max",
        "natl",
        "pres",
        "sec",
        "univ",
        "ave",
        "blvd",
        "fig",
        "op",
        "u.s.a",
        "d.p.r.k",
    ]
)

# Words that open a new sentence after an abbreviation such as "U.S." or "D.C.".
SENTENCE_OPENERS = NOT_NAMES - _words("Mr Mrs Ms Dr St")

NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "several": 3,
    "a few": 3,
    "few": 3,
    "a couple of": 2,
}

# Outlets that print their name on a line of its own under the dateline.
OUTLETS = frozenset(
    [
        "CNN",
        "Reuters",
        "AP",
        "AFP",
        "BBC",
        "Bloomberg",
        "NPR",
        "CNBC",
        "NBC",
        "ABC",
        "CBS",
        "Fox",
        "Axios",
        "Politico",
        "VOA",
        "Xinhua",
        "Yonhap",
        "Kyodo",
        "TASS",
        "Al-Jazeera",
    ]
) | {
    "Associated Press",
    "Agence France-Presse",
    "The Associated Press",
    "Al Jazeera",
    "NBC News",
    "ABC News",
    "CBS News",
    "Fox News",
    "Voice of America",
    "BBC News",
}

# Photo agencies and words that mark a line as a photo credit.
CREDIT_MARKS = frozenset(
    [
        "Reuters",
        "AP",
        "AFP",
        "Getty",
        "Images",
        "EPA",
        "Bloomberg",
        "File",
        "Shutterstock",
        "Xinhua",
        "Sputnik",
        "KCNA",
        "Pool",
        "Handout",
        "Yonhap",
        "Kyodo",
        "TASS",
        "Alamy",
        "Corbis",
        "SIPA",
        "Anadolu",
        "ZUMA",
        "NurPhoto",
        "Courtesy",
    ]
)

# U.S. states: "San Jose, California" is a city, not a person.
US_STATES = _words(
    """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
    Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming"""
) | {"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota",
     "Rhode Island", "South Carolina", "South Dakota", "West Virginia"}

# Nouns that describe a company ("the US manufacturer", "Airbus, Europe's biggest aircraft
# maker"), as a regular-expression alternation: actors.py and lonenames.py both read them.
COMPANY_NOUNS = (
    "maker|manufacturer|airframer|airline|carrier|company|firm|giant|retailer|chipmaker|automaker|"
    "carmaker|broadcaster|publisher|developer|studio|insurer|supplier|startup|conglomerate|"
    "corporation"
)


# a US party and state after a politician's name: "R-Texas", "D-N.Y.", "I–Vt." (subjects,
# lonenames)
PARTY_AND_STATE = r"[RDI][-–][A-Z][a-z]*\.?(?:\s?[A-Z][a-z]*\.?){0,2}"


# brands of cars and trucks whose name before a model's is the model's, not a body's or a
# person's ("the Chevrolet Volt", "Sales of the Ford Focus", "the Jeep Grand Cherokee"), named
# by the motoring news whether or not the text names the maker; not the brands that are also
# given names or common words (Lincoln, Mercury, Dodge, Holden, Ram, Saturn, Smart, Mini)
VEHICLE_BRANDS = _words(
    """Chevrolet Chevy Pontiac Buick Cadillac GMC Hummer Saab Opel Vauxhall Ford Jeep Chrysler
    Toyota Lexus Honda Acura Nissan Infiniti Datsun Mazda Subaru Suzuki Mitsubishi Hyundai Kia
    Volkswagen VW Audi Porsche BMW Mercedes-Benz Volvo Peugeot Citroen Citroën Renault Fiat
    Lancia Ferrari Lamborghini Maserati Skoda Dacia Oldsmobile Isuzu Scion"""
)
# product lines of computing and consumer electronics whose name before another word is a
# product's ("Windows Vista", "Android Market", "Xbox Live"); not the words that are also a
# body's, a place's or a person's ("Office Depot", "Galaxy", "Mac", "Surface")
PRODUCT_LINES = _words(
    """Windows Android Xbox PlayStation iPhone iPad iPod iTunes iMac MacBook Kindle ThinkPad
    Chromebook Blackberry BlackBerry"""
)
