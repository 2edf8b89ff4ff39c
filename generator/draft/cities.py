"""Well-known cities and metropolitan areas of the world, whose names are never a person.

General geography, written from knowledge: the largest cities and metropolitan areas by
population, plus every U.S. state capital and each state's largest city. Capitals of countries
are in `gazetteer.py` (they stand for their country); they may appear here too, harmlessly.
Only the whole name counts: "Jack London", "Paris Hilton", "Denzel Washington" are people.
"""

from __future__ import annotations

import unicodedata

# one city or metropolitan area per line, other spellings after "|"
_CITIES = """
Abidjan
Abu Dhabi
Accra
Addis Ababa
Adelaide
Ahmedabad
Albany
Albuquerque
Aleppo
Alexandria
Algiers
Almaty
Amman
Amsterdam
Anchorage
Ann Arbor
Ankara
Annapolis
Antananarivo
Antwerp
Athens
Atlanta
Auckland
Augusta
Austin
Baghdad
Baku
Baltimore
Bamako
Bandung
Bangalore|Bengaluru
Bangkok
Barcelona
Barranquilla
Basra
Baton Rouge
Beijing
Beirut
Belem|Belém
Belfast
Belgrade
Belo Horizonte
Berlin
Billings
Birmingham
Bismarck
Bogota|Bogotá
Boise
Bombay|Mumbai
Bordeaux
Boston
Brasilia|Brasília
Bridgeport
Brisbane
Bristol
Brussels
Bucharest
Budapest
Buenos Aires
Buffalo
Burlington
Bursa
Busan|Pusan
Cairo
Calcutta|Kolkata
Calgary
Cali
Canberra
Cape Town
Caracas
Cardiff
Carson City
Casablanca
Charleston
Charlotte
Chengdu
Chennai|Madras
Cheyenne
Chicago
Chittagong|Chattogram
Chongqing
Cincinnati
Ciudad Juarez|Ciudad Juárez
Cleveland
Cologne
Colombo
Colorado Springs
Columbia
Columbus
Concord
Copenhagen
Cordoba|Córdoba
Curitiba
Da Nang
Daegu
Dakar
Dalian
Dallas
Damascus
Dar es Salaam
Delhi|New Delhi
Denver
Des Moines
Detroit
Dhaka
Doha
Dongguan
Dover
Dubai
Dublin
Durban
Dusseldorf|Düsseldorf
Edinburgh
Edmonton
El Paso
Faisalabad
Fargo
Fort Lauderdale
Fort Worth
Fortaleza
Frankfort
Frankfurt
Fukuoka
Fuzhou
Geneva
Genoa
Glasgow
Goiania|Goiânia
Guadalajara
Guangzhou|Canton
Guatemala City
Guayaquil
Hamburg
Hangzhou
Hanoi
Harare
Harbin
Harrisburg
Hartford
Havana
Helena
Helsinki
Hiroshima
Ho Chi Minh City|Saigon
Hong Kong
Honolulu
Houston
Hyderabad
Ibadan
Incheon
Indianapolis
Isfahan
Islamabad
Istanbul
Izmir
Jackson
Jacksonville
Jaipur
Jakarta
Jeddah
Jefferson City
Jerusalem
Johannesburg
Juneau
Kabul
Kampala
Kano
Kanpur
Kansas City
Karachi
Kathmandu
Kawasaki
Kharkiv|Kharkov
Khartoum
Kiev|Kyiv
Kinshasa
Kobe
Krakow|Kraków
Kuala Lumpur
Kunming
Kuwait City
Kyoto
La Paz
Lagos
Lahore
Lansing
Las Vegas
Lausanne
Leeds
Lille
Lima
Lincoln
Lisbon
Little Rock
Liverpool
London
Long Beach
Los Angeles
Louisville
Luanda
Lucknow
Lyon|Lyons
Madison
Madrid
Manchester
Manila
Maputo
Maracaibo
Marseille|Marseilles
Mashhad
Mecca
Medan
Medellin|Medellín
Melbourne
Memphis
Mexico City
Miami
Milan
Milwaukee
Minneapolis
Minsk
Mogadishu
Monterrey
Montevideo
Montgomery
Montpelier
Montreal|Montréal
Moscow
Munich
Nagoya
Nairobi
Nanjing
Naples
Nashville
New Orleans
New York|New York City
Newark
Nice
Nizhny Novgorod
Novosibirsk
Oakland
Oklahoma City
Olympia
Omaha
Orlando
Osaka
Oslo
Ottawa
Palermo
Panama City
Paris
Perth
Peshawar
Philadelphia
Phnom Penh
Phoenix
Pierre
Pittsburgh
Port Harcourt
Port-au-Prince
Portland
Porto
Porto Alegre
Prague
Providence
Puebla
Pune
Pyongyang
Quebec City
Quezon City
Quito
Raleigh
Recife
Reno
Richmond
Riga
Rio de Janeiro|Rio
Riverside
Riyadh
Rome
Rotterdam
Sacramento
Saint Petersburg|St. Petersburg|St Petersburg
Salem
Salt Lake City
Salvador
San Antonio
San Diego
San Francisco
San Jose|San José
San Juan
Santa Fe
Santiago
Santo Domingo
Sao Paulo|São Paulo
Sapporo
Seattle
Semarang
Sendai
Seoul
Seville
Shanghai
Shenyang
Shenzhen
Sioux Falls
Springfield
St. Louis|St Louis|Saint Louis
Stockholm
Stuttgart
Surabaya
Surat
Suzhou
Sydney
Taipei
Tallahassee
Tampa
Tashkent
Tehran
Tel Aviv
Tianjin
Tijuana
Tokyo
Topeka
Toronto
Toulouse
Trenton
Tripoli
Tucson
Tunis
Turin
Valencia
Vancouver
Venice
Vienna
Virginia Beach
Warsaw
Washington|Washington, D.C.
Wellington
Wichita
Wilmington
Wuhan
Xi'an|Xian
Yangon|Rangoon
Yokohama
Zhengzhou
Zurich|Zürich
"""


def _plain(name: str) -> str:
    """ "Sao Paulo" for "São Paulo": the name without its accents, as wire copy often writes it."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    )


def _load() -> frozenset[str]:
    names: set[str] = set()
    for row in _CITIES.strip().splitlines():
        for name in row.split("|"):
            names |= {name.strip(), _plain(name.strip())}
    return frozenset(names)


CITIES: frozenset[str] = _load()


def well_known_city(name: str) -> bool:
    """ "Los Angeles", "Rio de Janeiro", "São Paulo": the whole name is a well-known city or
    metropolitan area ("Jack London" is not: only the whole name counts)."""
    return name in CITIES
