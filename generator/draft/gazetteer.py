"""Countries (with demonyms, capitals and other names) and well-known organizations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# name | demonyms | capital (used as metonym) | other names
_COUNTRIES = """
Afghanistan|Afghan|Kabul|Islamic Republic of Afghanistan
Albania|Albanian|Tirana|
Algeria|Algerian|Algiers|
Andorra|Andorran||
Angola|Angolan|Luanda|
Argentina|Argentine,Argentinian|Buenos Aires|
Armenia|Armenian|Yerevan|
Australia|Australian|Canberra|
Austria|Austrian|Vienna|
Azerbaijan|Azerbaijani|Baku|
Bahamas|Bahamian|Nassau|The Bahamas
Bahrain|Bahraini|Manama|
Bangladesh|Bangladeshi|Dhaka|
Barbados|Barbadian|Bridgetown|
Belarus|Belarusian|Minsk|
Belgium|Belgian|Brussels|
Belize|Belizean|Belmopan|
Benin|Beninese|Porto-Novo|
Bhutan|Bhutanese|Thimphu|
Bolivia|Bolivian|La Paz|
Bosnia and Herzegovina|Bosnian|Sarajevo|Bosnia
Botswana|Botswanan|Gaborone|
Brazil|Brazilian|Brasilia,Brasília|
Brunei|Bruneian||
Bulgaria|Bulgarian|Sofia|
Burkina Faso|Burkinabe|Ouagadougou|
Burundi|Burundian|Gitega|
Cambodia|Cambodian|Phnom Penh|
Cameroon|Cameroonian|Yaounde|
Canada|Canadian|Ottawa|
Cape Verde|Cape Verdean|Praia|Cabo Verde
Central African Republic|Central African|Bangui|
Chad|Chadian|N'Djamena|
Chile|Chilean|Santiago|
China|Chinese|Beijing|People's Republic of China,PRC
Colombia|Colombian|Bogota,Bogotá|
Comoros|Comoran|Moroni|
Congo|Congolese|Brazzaville|Republic of the Congo
Democratic Republic of the Congo||Kinshasa|DRC,DR Congo
Costa Rica|Costa Rican||
Croatia|Croatian|Zagreb|
Cuba|Cuban|Havana|
Cyprus|Cypriot|Nicosia|
Czech Republic|Czech|Prague|Czechia
Denmark|Danish|Copenhagen|
Djibouti|Djiboutian||
Dominican Republic|Dominican|Santo Domingo|
Ecuador|Ecuadorian|Quito|
Egypt|Egyptian|Cairo|
El Salvador|Salvadoran|San Salvador|
Equatorial Guinea|Equatoguinean|Malabo|
Eritrea|Eritrean|Asmara|
Estonia|Estonian|Tallinn|
Eswatini|Swazi|Mbabane|Swaziland
Ethiopia|Ethiopian|Addis Ababa|
Fiji|Fijian|Suva|
Finland|Finnish|Helsinki|
France|French|Paris|
Gabon|Gabonese|Libreville|
Gambia|Gambian|Banjul|The Gambia
Georgia|Georgian|Tbilisi|
Germany|German|Berlin|
Ghana|Ghanaian|Accra|
Greece|Greek|Athens|
Guatemala|Guatemalan|Guatemala City|
Guinea|Guinean|Conakry|
Guinea-Bissau||Bissau|
Guyana|Guyanese|Georgetown|
Haiti|Haitian|Port-au-Prince|
Honduras|Honduran|Tegucigalpa|
Hungary|Hungarian|Budapest|
Iceland|Icelandic|Reykjavik|
India|Indian|New Delhi|
Indonesia|Indonesian|Jakarta|
Iran|Iranian|Tehran|Islamic Republic of Iran
Iraq|Iraqi|Baghdad|
Ireland|Irish|Dublin|
Israel|Israeli|Jerusalem|
Italy|Italian|Rome|
Ivory Coast|Ivorian|Yamoussoukro|Cote d'Ivoire,Côte d'Ivoire
Jamaica|Jamaican|Kingston|
Japan|Japanese|Tokyo|
Jordan|Jordanian|Amman|
Kazakhstan|Kazakh|Astana|
Kenya|Kenyan|Nairobi|
Kosovo|Kosovar|Pristina|
Kuwait|Kuwaiti|Kuwait City|
Kyrgyzstan|Kyrgyz|Bishkek|
Laos|Lao,Laotian|Vientiane|
Latvia|Latvian|Riga|
Lebanon|Lebanese|Beirut|
Lesotho|Basotho|Maseru|
Liberia|Liberian|Monrovia|
Libya|Libyan|Tripoli|
Liechtenstein|||
Lithuania|Lithuanian|Vilnius|
Luxembourg|Luxembourgish||
Madagascar|Malagasy|Antananarivo|
Malawi|Malawian|Lilongwe|
Malaysia|Malaysian|Kuala Lumpur|
Maldives|Maldivian||
Mali|Malian|Bamako|
Malta|Maltese|Valletta|
Mauritania|Mauritanian|Nouakchott|
Mauritius|Mauritian|Port Louis|
Mexico|Mexican||
Moldova|Moldovan|Chisinau|
Monaco|Monegasque||
Mongolia|Mongolian|Ulaanbaatar|
Montenegro|Montenegrin|Podgorica|
Morocco|Moroccan|Rabat|
Mozambique|Mozambican|Maputo|
Myanmar|Burmese|Naypyidaw|Burma
Namibia|Namibian|Windhoek|
Nepal|Nepalese,Nepali|Kathmandu|
Netherlands|Dutch|Amsterdam,The Hague|The Netherlands,Holland
New Zealand|New Zealander|Wellington|
Nicaragua|Nicaraguan|Managua|
Niger|Nigerien|Niamey|
Nigeria|Nigerian|Abuja|
North Korea|North Korean|Pyongyang|DPRK,D.P.R.K.,Democratic People's Republic of Korea,Democratic People’s Republic of Korea
North Macedonia|Macedonian|Skopje|Macedonia
Norway|Norwegian|Oslo|
Oman|Omani|Muscat|
Pakistan|Pakistani|Islamabad|
Palestine|Palestinian|Ramallah|Palestinian territories
Panama|Panamanian|Panama City|
Papua New Guinea|Papua New Guinean|Port Moresby|
Paraguay|Paraguayan|Asuncion,Asunción|
Peru|Peruvian|Lima|
Philippines|Filipino,Philippine|Manila|The Philippines
Poland|Polish|Warsaw|
Portugal|Portuguese|Lisbon|
Qatar|Qatari|Doha|
Romania|Romanian|Bucharest|
Russia|Russian|Moscow|Russian Federation
Rwanda|Rwandan|Kigali|
Saudi Arabia|Saudi|Riyadh|
Senegal|Senegalese|Dakar|
Serbia|Serbian|Belgrade|
Sierra Leone|Sierra Leonean|Freetown|
Singapore|Singaporean||
Slovakia|Slovak,Slovakian|Bratislava|
Slovenia|Slovenian|Ljubljana|
Somalia|Somali|Mogadishu|
South Africa|South African|Pretoria|
South Korea|South Korean|Seoul|Republic of Korea,ROK
South Sudan|South Sudanese|Juba|
Spain|Spanish|Madrid|
Sri Lanka|Sri Lankan|Colombo|
Sudan|Sudanese|Khartoum|
Suriname|Surinamese|Paramaribo|
Sweden|Swedish|Stockholm|
Switzerland|Swiss|Bern|
Syria|Syrian|Damascus|Syrian Arab Republic
Taiwan|Taiwanese|Taipei|Republic of China
Tajikistan|Tajik|Dushanbe|
Tanzania|Tanzanian|Dodoma|
Thailand|Thai|Bangkok|
Togo|Togolese|Lome|
Trinidad and Tobago|Trinidadian|Port of Spain|
Tunisia|Tunisian|Tunis|
Turkey|Turkish|Ankara|Turkiye,Türkiye
Turkmenistan|Turkmen|Ashgabat|
Uganda|Ugandan|Kampala|
Ukraine|Ukrainian|Kyiv,Kiev|
United Arab Emirates|Emirati|Abu Dhabi|UAE
United Kingdom|British|London|UK,U.K.,Britain,Great Britain
United States|American,US,U.S.|Washington|US,U.S.,USA,U.S.A.,America,United States of America
Uruguay|Uruguayan|Montevideo|
Uzbekistan|Uzbek|Tashkent|
Venezuela|Venezuelan|Caracas|
Vietnam|Vietnamese|Hanoi|Viet Nam
Yemen|Yemeni|Sanaa,Sana'a|
Zambia|Zambian|Lusaka|
Zimbabwe|Zimbabwean|Harare|
"""

# name | kind | other names (the first is the short form used in ids when given); kind
# "company" is an organization that is a business ("Renault said ... The company added":
# round 29), drafted as an organization
_ORGS = """
United Nations|organization|UN,U.N.
UN Security Council|organization|United Nations Security Council,U.N. Security Council,Security Council
UN General Assembly|organization|United Nations General Assembly,General Assembly
NATO|organization|North Atlantic Treaty Organization
NASA|organization|National Aeronautics and Space Administration
UNESCO|organization|
FIFA|organization|Fédération Internationale de Football Association
International Olympic Committee|organization|IOC
International Monetary Fund|organization|IMF
World Trade Organization|organization|WTO
BBC|organization|British Broadcasting Corporation
Agence France-Presse|organization|AFP
Reuters|organization|
Associated Press|organization|The Associated Press
The Globe and Mail|organization|Globe and Mail
European Union|organization|EU,E.U.
Group of Seven|organization|G7,G-7
Group of Twenty|organization|G20,G-20
Kremlin|organization|The Kremlin
White House|organization|The White House
Pentagon|organization|The Pentagon
United States Congress|organization|Congress,U.S. Congress,US Congress
Department of the Treasury|organization|U.S. Department of the Treasury,Treasury Department,U.S. Treasury,Treasury,US Department of the Treasury
Office of Foreign Assets Control|organization|OFAC
Department of State|organization|State Department,U.S. State Department,U.S. Department of State,US State Department
Department of Defense|organization|Defense Department,U.S. Department of Defense,DoD
Department of Homeland Security|organization|Homeland Security Department,DHS,U.S. Department of Homeland Security
Department of Justice|organization|Justice Department,DOJ,U.S. Department of Justice
Department of Commerce|organization|Commerce Department,U.S. Department of Commerce
National Security Council|organization|NSC,U.S. National Security Council,United States National Security Council
Central Intelligence Agency|organization|CIA
Joint Chiefs of Staff|organization|Joint Chiefs,U.S. Joint Chiefs of Staff
U.S. Central Command|organization|CENTCOM,Central Command,US Central Command,United States Central Command
U.S. European Command|organization|EUCOM,European Command,US European Command
U.S. Indo-Pacific Command|organization|INDOPACOM,Indo-Pacific Command,US Indo-Pacific Command
U.S. Africa Command|organization|AFRICOM,Africa Command,US Africa Command
Federal Bureau of Investigation|organization|FBI
United States Air Force|organization|USAF,U.S. Air Force,US Air Force
United States Army|organization|U.S. Army,US Army
United States Navy|organization|U.S. Navy,US Navy
United States Marine Corps|organization|USMC,U.S. Marine Corps,US Marine Corps
United States Coast Guard|organization|USCG,U.S. Coast Guard,US Coast Guard
Environmental Protection Agency|organization|EPA,U.S. Environmental Protection Agency
Food and Drug Administration|organization|FDA,U.S. Food and Drug Administration
Federal Emergency Management Agency|organization|FEMA
Centers for Disease Control and Prevention|organization|CDC,U.S. Centers for Disease Control and Prevention
National Institutes of Health|organization|NIH
Securities and Exchange Commission|organization|SEC,U.S. Securities and Exchange Commission
Federal Trade Commission|organization|FTC
Federal Communications Commission|organization|FCC
Federal Aviation Administration|organization|FAA
Internal Revenue Service|organization|IRS
Drug Enforcement Administration|organization|DEA
Government Accountability Office|organization|GAO
National Oceanic and Atmospheric Administration|organization|NOAA
U.S. Agency for International Development|organization|USAID,United States Agency for International Development
Department of Energy|organization|Energy Department,U.S. Department of Energy,DOE
Department of Agriculture|organization|Agriculture Department,U.S. Department of Agriculture,USDA
Department of Health and Human Services|organization|HHS,U.S. Department of Health and Human Services
Department of Labor|organization|Labor Department,U.S. Department of Labor
Department of the Interior|organization|Interior Department,U.S. Department of the Interior
Department of Housing and Urban Development|organization|HUD
International Atomic Energy Agency|organization|IAEA
International Monetary Fund|organization|IMF
World Bank|organization|
World Health Organization|organization|WHO
UNHCR|organization|UN refugee agency,U.N. refugee agency,United Nations High Commissioner for Refugees,Office of the United Nations High Commissioner for Refugees
UNICEF|organization|United Nations Children's Fund,UN children's agency
World Food Programme|organization|WFP,World Food Program,UN World Food Programme
UN Development Programme|organization|UNDP,United Nations Development Programme
UN Office for the Coordination of Humanitarian Affairs|organization|OCHA,UN humanitarian office
International Committee of the Red Cross|organization|ICRC
International Federation of Red Cross and Red Crescent Societies|organization|IFRC
Organization for Security and Co-operation in Europe|organization|OSCE,Organisation for Security and Co-operation in Europe
International Criminal Court|organization|ICC
International Court of Justice|organization|ICJ
World Trade Organization|organization|WTO
African Union|organization|AU
Association of Southeast Asian Nations|organization|ASEAN
Organization of the Petroleum Exporting Countries|organization|OPEC
European Commission|organization|
Hamas|group|
Hezbollah|group|
Houthis|group|Houthi forces,Houthi movement,Houthi rebels,Ansar Allah,The Houthis
Taliban|group|The Taliban
Islamic State|group|ISIS,ISIL
Wikinews|organization|
Wikipedia|organization|
Wikimedia Foundation|organization|Wikimedia
Microsoft|company|Microsoft Corporation,Microsoft Corp.
Google|company|Google Inc.,Google LLC
Alphabet Inc.|company|
Intel|company|Intel Corporation,Intel Corp.
Cisco Systems|company|Cisco,Cisco Systems Inc.
IBM|company|International Business Machines
AT&T|company|AT&T Inc.
Verizon|company|Verizon Communications
Facebook|company|
Meta Platforms|company|
Twitter|company|
Yahoo!|company|Yahoo
Netflix|company|
eBay|company|
PayPal|company|
Samsung|company|Samsung Electronics
Sony|company|Sony Corporation
Nokia|company|
Motorola|company|
Huawei|company|
Qualcomm|company|
Nvidia|company|NVIDIA
Mozilla Foundation|organization|Mozilla
Adobe Systems|company|Adobe
Hewlett-Packard|company|HP
Disney|company|Walt Disney Company,The Walt Disney Company
Time Warner|company|
Lockheed Martin|company|
Northrop Grumman|company|
Raytheon|company|
Pfizer|company|
Goldman Sachs|company|
JPMorgan Chase|company|
Starbucks|company|
McDonald's|company|
Coca-Cola|company|The Coca-Cola Company
PepsiCo|company|
Federal Reserve|organization|U.S. Federal Reserve,US Federal Reserve,Federal Reserve Board,Federal Reserve System,Fed
European Central Bank|organization|ECB
Bank of Japan|organization|BOJ,BoJ
People's Bank of China|organization|People’s Bank of China,PBOC,PBoC
Reserve Bank of India|organization|RBI
Reserve Bank of Australia|organization|RBA
Swiss National Bank|organization|SNB
Bundesbank|organization|Deutsche Bundesbank
Standard & Poor's|company|Standard & Poor’s,Standard and Poor's,Standard and Poor’s,S&P
Moody's Investors Service|company|Moody's,Moody’s,Moody’s Investors Service
Fitch Ratings|company|Fitch
New York Stock Exchange|organization|NYSE
London Stock Exchange|organization|LSE
Tokyo Stock Exchange|organization|TSE
Organisation for Economic Co-operation and Development|organization|OECD,Organization for Economic Co-operation and Development,Organization for Economic Cooperation and Development
Bank for International Settlements|organization|BIS
Credit Suisse|company|Credit Suisse Group
Morgan Stanley|company|
Merrill Lynch|company|
Lehman Brothers|company|
Citigroup|company|Citi
Bank of America|company|
Wells Fargo|company|
Barclays|company|
HSBC|company|HSBC Holdings
UBS|company|
Deutsche Bank|company|
BNP Paribas|company|
Société Générale|company|Societe Generale
American International Group|company|AIG
Fannie Mae|company|
Freddie Mac|company|
Berkshire Hathaway|company|
Bloomberg|company|Bloomberg News,Bloomberg L.P.
Dow Jones & Company|company|Dow Jones & Co.,Dow Jones Newswires
Toyota|company|Toyota Motor,Toyota Motor Corporation,Toyota Motor Corp.
Volkswagen|company|VW
General Motors|company|General Motors Corporation,General Motors Corp.,General Motors Co.
Honda|company|Honda Motor,Honda Motor Co.,Honda Motor Company
Nissan|company|Nissan Motor,Nissan Motor Co.,Nissan Motor Company
Hyundai|company|Hyundai Motor,Hyundai Motor Co.,Hyundai Motor Company
Renault|company|
Peugeot|company|PSA Peugeot Citroen,PSA Peugeot Citroën,PSA
Daimler|company|Daimler AG,DaimlerChrysler,DaimlerChrysler AG,Daimler Chrysler,Daimler Chrysler AG,Daimler-Chrysler
BMW|company|
Chrysler|company|Chrysler LLC,Chrysler Group
Fiat|company|
Kia Motors|company|
Mazda|company|
Mitsubishi Motors|company|
"""


# Well-known people: name | title | other names. Surnames only where they are distinctive.
_PEOPLE = """
Vladimir Putin|Russian President|Putin,Vladimir Vladimirovich Putin
Xi Jinping|Chinese President|Xi
Kim Jong Un|North Korean leader|Kim Jong-un,Kim Jong-Un
Kim Yo Jong||Kim Yo-jong
Joe Biden|President|Biden,Joseph R. Biden,Joseph Biden
Donald Trump|President|Trump,Donald J. Trump
Barack Obama|President|Obama
Kamala Harris|Vice President|
Volodymyr Zelenskyy|Ukrainian President|Zelenskyy,Zelensky,Zelenskiy,Volodymyr Zelensky,Volodymyr Zelenskiy
Benjamin Netanyahu|Israeli Prime Minister|Netanyahu
Recep Tayyip Erdogan|Turkish President|Erdogan,Erdoğan,Recep Tayyip Erdoğan
Narendra Modi|Indian Prime Minister|Modi
Emmanuel Macron|French President|Macron
Olaf Scholz|German Chancellor|Scholz
Keir Starmer|British Prime Minister|Starmer
Antony Blinken|Secretary of State|Blinken
Sergei Lavrov|Russian Foreign Minister|Lavrov,Sergey Lavrov
Dmitry Peskov|Kremlin spokesman|Peskov
Ali Khamenei|Supreme Leader|Khamenei
Bashar al-Assad|Syrian President|Assad
Alexander Lukashenko|Belarusian President|Lukashenko
Antonio Guterres|UN Secretary-General|Guterres,António Guterres
Jens Stoltenberg|NATO Secretary General|Stoltenberg
Ursula von der Leyen|European Commission President|von der Leyen
Yoon Suk Yeol|South Korean President|
Fumio Kishida|Japanese Prime Minister|Kishida
Janet Yellen|Treasury Secretary|Yellen,Janet L. Yellen
"""


@dataclass
class Entry:
    """One gazetteer entry: a country, an organization or a group."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    title: str = ""
    company: bool = False  # an organization that is a business


def _split(cell: str) -> list[str]:
    return [c.strip() for c in cell.split(",") if c.strip()]


_SPELLINGS = (("Organization", "Organisation"), ("Program", "Programme"), ("Defense", "Defence"),
              ("Center", "Centre"))


def spelling_variants(names: list[str]) -> list[str]:
    """ "World Health Organisation" for "World Health Organization": the other spelling of
    each name, British or American, where the name has one."""
    out = []
    for name in names:
        for us, uk in _SPELLINGS:
            for a, b in ((us, uk), (uk, us)):
                other = re.sub(rf"\b{a}\b", b, name)
                if other != name and other not in names and other not in out:
                    out.append(other)
    return out


_LEGAL_FORM_DOT = re.compile(r"\b(Co|Corp|Inc|Ltd)\.$")


def wire_variants(names: list[str]) -> list[str]:
    """ "Nissan Motor Co" for "Nissan Motor Co.": the legal form without its full stop, as
    wire copy writes it."""
    out = []
    for name in names:
        other = _LEGAL_FORM_DOT.sub(r"\1", name)
        if other != name and other not in names and other not in out:
            out.append(other)
    return out


def _load() -> list[Entry]:
    entries = []
    for row in _COUNTRIES.strip().splitlines():
        name, demonyms, capitals, others = row.split("|")
        entries.append(Entry(name, "country", _split(others), _split(demonyms), _split(capitals)))
    for row in _ORGS.strip().splitlines():
        name, kind, others = row.split("|")
        aliases = _split(others)
        forms = [name, *aliases]
        entries.append(
            Entry(
                name,
                "organization" if kind == "company" else kind,
                aliases + spelling_variants(forms) + wire_variants(forms),
                company=kind == "company",
            )
        )
    for row in _PEOPLE.strip().splitlines():
        if row.count("|") == 2:
            name, title, others = row.split("|")
            entries.append(Entry(name, "person", _split(others), title=title))
    return entries


ENTRIES: list[Entry] = _load()

# Every surface form that names an entry (names, other names, capitals), to its entry.
SURFACE: dict[str, Entry] = {}
for _entry in ENTRIES:
    for _form in [_entry.name, *_entry.aliases, *_entry.capitals]:
        SURFACE.setdefault(_form, _entry)

# Demonyms ("Russian", "South Korean", "U.S.") to their country.
DEMONYMS: dict[str, Entry] = {d: e for e in ENTRIES for d in e.demonyms}
