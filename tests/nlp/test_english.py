"""English rules of the extractor, on sentences and short articles written for these tests.

The engine is the same as for Indonesian; everything English lives in ``ontology/lexicon/en/``.
Each case names the construction it checks: voice and direction of verbs, transfers, nominal
statements, coordination, coreference, titles, status and attribution, and traps that must give
nothing. Cases marked ``xfail(strict=True)`` are English constructions the engine cannot read from
data alone; the reason names the engine change they need, and the test starts to fail (XPASS) as
soon as the engine learns them, so the mark is removed then.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.model import Document
from kg.nlp.pipeline import extract_document, get_pipeline

DATA = Path(__file__).resolve().parents[1] / "data" / "en"
SYMMETRIC = ("meetsWith", "cooperatesWith", "alliedWith")
ROLES = ("leaderOf", "officialOf", "relativeOf", "memberOf")


def read(text: str, date: str | None = "2024-06-19", doc_id: str = "t"):
    return extract_document(Document(id=doc_id, text=text, date=date, lang="en"), get_pipeline("en"))


def norm(s: str, p: str, o: str, status: str) -> tuple[str, str, str, str]:
    if p in SYMMETRIC:
        s, o = min(s, o), max(s, o)
    return s, p, o, status


def triples(statements, roles: bool = False) -> set[tuple[str, str, str, str]]:
    return {norm(s.subject.key, s.predicate, s.object.key, s.status) for s in statements if roles or s.predicate not in ROLES}


def needs_engine(reason: str):
    return pytest.mark.xfail(reason="needs engine: " + reason, strict=True)


CASES = [
    # voice: active, passive ('was ... by'), participles read by the auxiliary before them
    ("active-sanction-verb", "The United States sanctioned Iran over its drone programme.", ("USA", "imposesSanctionsOn", "IRN", "asserted")),
    ("nominal-sanctions-light-verb", "The EU imposed new sanctions on Russia.", ("EU", "imposesSanctionsOn", "RUS", "asserted")),
    ("passive-by", "Russia was sanctioned by the EU.", ("EU", "imposesSanctionsOn", "RUS", "asserted")),
    ("passive-attack", "Iran was attacked by Israel.", ("ISR", "attacks", "IRN", "asserted")),
    ("active-attack", "Israel struck Iran on Saturday.", ("ISR", "attacks", "IRN", "asserted")),
    ("undergoer-faces-from", "Iran faces sanctions from the United States.", ("USA", "imposesSanctionsOn", "IRN", "asserted")),
    # transfers: direction of give and receive verbs, objects, items
    ("give-to", "Iran supplied drones to Russia.", ("IRN", "suppliesWeaponsTo", "RUS", "asserted")),
    ("give-with", "Iran supplied Russia with drones.", ("IRN", "suppliesWeaponsTo", "RUS", "asserted")),
    ("double-object", "North Korea gave Russia ballistic missiles.", ("PRK", "suppliesWeaponsTo", "RUS", "asserted")),
    ("irregular-sent", "North Korea sent artillery shells to Russia.", ("PRK", "suppliesWeaponsTo", "RUS", "asserted")),
    ("receive-reverses", "Russia bought drones from Iran.", ("IRN", "suppliesWeaponsTo", "RUS", "asserted")),
    ("receive-technology", "North Korea received satellite technology from Russia.", ("RUS", "suppliesTechnologyTo", "PRK", "asserted")),
    ("arm-default-item", "The United States is arming Ukraine.", ("USA", "suppliesWeaponsTo", "UKR", "asserted")),
    ("aid-family", "Japan provided economic aid to the Philippines.", ("JPN", "providesAidTo", "PHL", "asserted")),
    ("nominal-delivery-from-to", "Deliveries of drones from Iran to Russia continued.", ("IRN", "suppliesWeaponsTo", "RUS", "asserted")),
    ("tanks", "Germany delivered Leopard tanks to Ukraine.", ("DEU", "suppliesWeaponsTo", "UKR", "asserted")),
    # meetings, visits, alliances, support
    ("meet", "Putin met Kim Jong Un in Pyongyang.", ("putin", "meetsWith", "kim_jong_un", "asserted")),
    ("talks-with", "Xi Jinping held talks with Vladimir Putin in Moscow.", ("putin", "meetsWith", "xi", "asserted")),
    ("visit", "Putin visited North Korea on Wednesday.", ("putin", "visits", "PRK", "asserted")),
    ("visit-possessive", "Putin's visit to Pyongyang was his first since 2000.", ("putin", "visits", "PRK", "asserted")),
    ("alliance-treaty", "China and Russia signed a strategic partnership treaty.", ("CHN", "alliedWith", "RUS", "asserted")),
    ("support-for", "Germany pledged further support for Ukraine.", ("DEU", "supports", "UKR", "asserted")),
    ("possessive-support", "China's support for Russia has angered Europe.", ("CHN", "supports", "RUS", "asserted")),
    ("threaten", "North Korea threatened South Korea with nuclear weapons.", ("PRK", "threatens", "KOR", "asserted")),
    ("accuse", "The US accused Russia of violating the treaty.", ("USA", "accuses", "RUS", "asserted")),
    ("block-veto", "China vetoed sanctions against North Korea.", ("CHN", "blocksSanctionsOn", "PRK", "asserted")),
    ("blocked-sanction-blocker", "Turkey blocked new sanctions on Russia.", ("TUR", "blocksSanctionsOn", "RUS", "asserted")),
    # the agent after 'by' of an act one condemns is the one opposed, as Indonesian 'oleh'
    ("condemned-the-act-by", "South Korea condemned the provocation by North Korea.", ("KOR", "opposes", "PRK", "asserted")),
    ("condemned-the-move-by", "Japan condemned the move by China.", ("JPN", "opposes", "CHN", "asserted")),
    # adjectives between a possessive or determiner and the noun ('first', 'latest', 'missile')
    ("possessive-adjective-noun", "The agreement was signed during Putin's first visit to Pyongyang in 24 years.", ("putin", "visits", "PRK", "asserted")),
    ("possessive-two-adjectives", "Russia's latest missile attack on Kyiv killed 12 people.", ("RUS", "attacks", "UKR", "asserted")),
    # 'join' carries a sanction noun like 'impose': joining sanctions is imposing them, refusing to is not
    ("joined-sanctions", "Japan joined Western sanctions against Russia.", ("JPN", "imposesSanctionsOn", "RUS", "asserted")),
    ("refused-to-join-sanctions", "Turkey has refused to join Western sanctions against Russia.", ("TUR", "imposesSanctionsOn", "RUS", "negated")),
    ("quantified-items", "India buys most of its weapons from Russia.", ("RUS", "suppliesWeaponsTo", "IND", "asserted")),
    ("more-than-n-troops", "North Korea has sent more than 10000 troops to Russia.", ("PRK", "suppliesWeaponsTo", "RUS", "asserted")),
    ("the-west", "Russia accused the West of prolonging the war.", ("RUS", "accuses", "WEST", "asserted")),
    ("blame", "Moscow blamed Kyiv for the attack.", ("RUS", "accuses", "UKR", "asserted")),
    ("counterpart", "Putin met his Chinese counterpart Xi Jinping in Moscow.", ("putin", "meetsWith", "xi", "asserted")),
    ("host", "Xi Jinping hosted Vladimir Putin in Beijing in May.", ("putin", "meetsWith", "xi", "asserted")),
    ("strengthened-ties", "China and Russia strengthened ties in 2023.", ("CHN", "cooperatesWith", "RUS", "asserted")),
    ("support-bid", "Turkey supports Sweden's bid to join NATO.", ("TUR", "supports", "SWE", "asserted")),
    ("relative-title-subject", "Kim Jong Un's sister Kim Yo Jong threatened South Korea.", ("kim_yo_jong", "threatens", "KOR", "asserted")),
    ("fired-at", "North Korea fired ballistic missiles at Japan.", ("PRK", "attacks", "JPN", "asserted")),
    ("hyphenated-quantifier", "Britain and France are sending long-range missiles to Ukraine.", ("GBR", "suppliesWeaponsTo", "UKR", "asserted")),
    ("receive-from-coordinated", "Ukraine has received F-16 fighter jets from Denmark and the Netherlands.", ("NLD", "suppliesWeaponsTo", "UKR", "asserted")),
    ("passive-visit", "Kyiv was visited by Blinken on Tuesday.", ("blinken", "visits", "UKR", "asserted")),
    ("coordinated-meet", "Biden and Xi met in San Francisco.", ("biden", "meetsWith", "xi", "asserted")),
    ("phone-call", "Putin held a phone call with Erdogan.", ("erdogan", "meetsWith", "putin", "asserted")),
    ("invaded", "Russia invaded Ukraine in February 2022.", ("RUS", "attacks", "UKR", "asserted")),
    ("airstrikes-on", "Israel launched airstrikes on Lebanon.", ("ISR", "attacks", "LBN", "asserted")),
    ("deployed-troops", "North Korea deployed thousands of soldiers to Russia.", ("PRK", "suppliesWeaponsTo", "RUS", "asserted")),
    ("only-aid", "Seoul has so far supplied only humanitarian aid to Kyiv.", ("KOR", "providesAidTo", "UKR", "asserted")),
    ("spoke-by-phone", "Yoon Suk Yeol spoke by phone with Volodymyr Zelenskyy.", ("yoon", "meetsWith", "zelenskyy", "asserted")),
    ("praised", "Putin praised China's peace plan for Ukraine.", ("putin", "supports", "CHN", "asserted")),
    ("about-n-missiles-at", "Iran fired about 180 ballistic missiles at Israel.", ("IRN", "attacks", "ISR", "asserted")),
    ("thaad", "Washington has sent a THAAD missile defence battery to Israel.", ("USA", "suppliesWeaponsTo", "ISR", "asserted")),
    ("backed-by", "Hezbollah, which is backed by Iran, fired rockets at Israel.", ("IRN", "supports", "HEZBOLLAH", "asserted")),
    ("number-words", "Japan will provide five more patrol boats to the Philippines.", ("JPN", "suppliesWeaponsTo", "PHL", "expected")),
    ("approved-the-sale", "The United States approved the sale of F-16 jets to Turkey.", ("USA", "suppliesWeaponsTo", "TUR", "asserted")),
    ("attack-by-on", "An attack by Russia on Ukraine killed 20 people.", ("RUS", "attacks", "UKR", "asserted")),
    ("named-drone", "Turkey sold Bayraktar TB2 drones to Ukraine.", ("TUR", "suppliesWeaponsTo", "UKR", "asserted")),
    ("full-scale-invasion", "Moscow's full-scale invasion of Ukraine began in 2022.", ("RUS", "attacks", "UKR", "asserted")),
    ("carried-out-airstrikes", "Israel carried out airstrikes on Lebanon.", ("ISR", "attacks", "LBN", "asserted")),
    ("as-bounds-the-clause", "China and Russia stage joint naval drills as Xi hosts Putin", ("putin", "meetsWith", "xi", "asserted")),
    # coordination
    ("coordinated-subject-symmetric", "The US and Japan held joint exercises.", ("JPN", "cooperatesWith", "USA", "asserted")),
    ("three-way-drills", "The United States, Japan and South Korea held trilateral drills.", ("JPN", "cooperatesWith", "KOR", "asserted")),
    ("coordinated-subject-verb", "Japan and South Korea condemned North Korea.", ("KOR", "opposes", "PRK", "asserted")),
    ("coordinated-object", "The EU imposed sanctions on Iran and North Korea.", ("EU", "imposesSanctionsOn", "PRK", "asserted")),
    # titles and coreference
    ("titled-people-meet", "Russian President Vladimir Putin met North Korean leader Kim Jong Un.", ("putin", "meetsWith", "kim_jong_un", "asserted")),
    ("pronoun-he", "Kim Jong Un arrived in Russia on Tuesday. He met Vladimir Putin at the space centre.", ("kim_jong_un", "meetsWith", "putin", "asserted")),
    ("arrive-visits", "Kim Jong Un arrived in Russia on Tuesday.", ("kim_jong_un", "visits", "RUS", "asserted")),
    ("the-two-leaders", "Vladimir Putin welcomed Kim Jong Un to Moscow. The two leaders signed a defence pact.", ("kim_jong_un", "alliedWith", "putin", "asserted")),
    # status and attribution
    ("claimed-said-that", "Blinken said that Russia supplied satellite technology to North Korea.", ("RUS", "suppliesTechnologyTo", "PRK", "claimed")),
    ("claimed-said-zero-that", "Blinken said Russia supplied satellite technology to North Korea.", ("RUS", "suppliesTechnologyTo", "PRK", "claimed")),
    ("claimed-said-name", "Russia supplied satellite technology to North Korea, said Blinken.", ("RUS", "suppliesTechnologyTo", "PRK", "claimed")),
    ("claimed-according-to", "According to Reuters, Turkey sold drones to Ukraine.", ("TUR", "suppliesWeaponsTo", "UKR", "claimed")),
    ("claimed-allegedly", "Iran allegedly sold ballistic missiles to Russia.", ("IRN", "suppliesWeaponsTo", "RUS", "claimed")),
    ("claimed-reportedly", "North Korea reportedly shipped ammunition to Russia.", ("PRK", "suppliesWeaponsTo", "RUS", "claimed")),
    ("accused-x-of-ving", "Washington accused Beijing of supplying drones to Russia.", ("CHN", "suppliesWeaponsTo", "RUS", "claimed")),
    ("urged-to-stop", "The US urged China to stop sending drone parts to Russia.", ("CHN", "suppliesTechnologyTo", "RUS", "claimed")),
    ("condemned-possessor", "Britain condemned Russia's attack on Ukraine.", ("RUS", "attacks", "UKR", "asserted")),
    ("sanctioned-x-for-ving", "The US sanctioned Iran for supplying drone parts to Russia.", ("IRN", "suppliesTechnologyTo", "RUS", "asserted")),
    ("thanked-x-for-ving", "Zelensky thanked Germany for sending Patriot systems to Ukraine.", ("DEU", "suppliesWeaponsTo", "UKR", "asserted")),
    ("denied-gerund", "Moscow denied supplying weapons to Pyongyang.", ("RUS", "suppliesWeaponsTo", "PRK", "denied")),
    ("denied-that", "Iran denied that Tehran had sold drones to Russia.", ("IRN", "suppliesWeaponsTo", "RUS", "denied")),
    ("denied-both", "Pyongyang and Moscow have both denied the accusations that North Korea supplied weapons to Russia.", ("PRK", "suppliesWeaponsTo", "RUS", "denied")),
    ("denied-rejected-the-claim", "Iran rejected the claim that it had sent missiles to Russia.", ("IRN", "suppliesWeaponsTo", "RUS", "denied")),
    ("denied-dismissed-reports", "Pyongyang dismissed reports that it supplied artillery shells to Moscow.", ("PRK", "suppliesWeaponsTo", "RUS", "denied")),
    ("rejecting-a-plan-is-no-denial", "Russia rejected the peace plan and launched strikes on Kyiv.", ("RUS", "attacks", "UKR", "asserted")),
    ("expected-will", "Iran will supply missiles to Russia.", ("IRN", "suppliesWeaponsTo", "RUS", "expected")),
    ("expected-is-expected-to", "China is expected to sell fighter jets to Iran.", ("CHN", "suppliesWeaponsTo", "IRN", "expected")),
    ("expected-plans-to", "North Korea plans to send more troops to Russia.", ("PRK", "suppliesWeaponsTo", "RUS", "expected")),
    ("expected-agreed-to", "The G7 agreed to impose new sanctions on Russia.", ("G7", "imposesSanctionsOn", "RUS", "expected")),
    ("expected-pledged-to", "NATO allies pledged to send more air defence systems to Ukraine.", ("NATO", "suppliesWeaponsTo", "UKR", "expected")),
    ("expected-will-visit", "Modi will visit Russia next week.", ("modi", "visits", "RUS", "expected")),
    ("claimed-been-accused", "Iran has been accused of supplying drones to Russia.", ("IRN", "suppliesWeaponsTo", "RUS", "claimed")),
    ("it-after-said", "Russia said it would supply fighter jets to Iran.", ("RUS", "suppliesWeaponsTo", "IRN", "expected")),
    ("claimed-unclear-whether", "It is unclear whether Iran sent missiles to Russia.", ("IRN", "suppliesWeaponsTo", "RUS", "claimed")),
    ("negated-named-weapon", "Germany will not send Taurus missiles to Ukraine, Chancellor Olaf Scholz said.", ("DEU", "suppliesWeaponsTo", "UKR", "negated")),
    ("expected-receive", "The Philippines will buy BrahMos missiles from India.", ("IND", "suppliesWeaponsTo", "PHL", "expected")),
    ("negated-did-not", "China did not supply weapons to Russia.", ("CHN", "suppliesWeaponsTo", "RUS", "negated")),
    ("negated-failed-to", "Iran failed to deliver the drones to Russia.", ("IRN", "suppliesWeaponsTo", "RUS", "negated")),
    ("negated-never", "Beijing has never sold weapons to Moscow.", ("CHN", "suppliesWeaponsTo", "RUS", "negated")),
    ("negated-would-not", "Russia would not supply weapons to North Korea.", ("RUS", "suppliesWeaponsTo", "PRK", "negated")),
    ("month-may-is-not-modal", "In May, Iran sent drones to Russia.", ("IRN", "suppliesWeaponsTo", "RUS", "asserted")),
    # constructions that needed engine rules beyond the lexicon (once strict xfails)
    pytest.param("number-with-comma", "North Korea has sent more than 10,000 troops to Russia.", ("PRK", "suppliesWeaponsTo", "RUS", "asserted")),
    pytest.param("passive-nominal-agent-then-target", "Sanctions imposed by the United States on Russia have hit its economy.", ("USA", "imposesSanctionsOn", "RUS", "asserted")),
    pytest.param("reduced-relative-participle", "Weapons supplied by Iran to Russia have been used in Ukraine.", ("IRN", "suppliesWeaponsTo", "RUS", "asserted")),
    pytest.param("group-left-over-the-three", "Japan, South Korea and the United States condemned North Korea.", ("JPN", "opposes", "PRK", "asserted")),
    pytest.param("passive-give-with", "Russia was supplied with drones by Iran.", ("IRN", "suppliesWeaponsTo", "RUS", "asserted")),
    pytest.param("passive-items-as-subject", "Drones were supplied to Russia by Iran.", ("IRN", "suppliesWeaponsTo", "RUS", "asserted")),
    pytest.param("claimed-name-said", "Russia supplied satellite technology to North Korea, Blinken said.", ("RUS", "suppliesTechnologyTo", "PRK", "claimed")),
    pytest.param("titled-subject-not-state", "US Secretary of State Antony Blinken visited Kyiv on Tuesday.", ("blinken", "visits", "UKR", "asserted")),
    pytest.param("claimed-officials-say", "Russia bought drones from Iran, Ukrainian officials say.", ("IRN", "suppliesWeaponsTo", "RUS", "claimed")),
    pytest.param("left-possessor-transfer", "Iran's delivery of drones to Russia continued.", ("IRN", "suppliesWeaponsTo", "RUS", "asserted")),
    pytest.param("talks-between", "Talks between Russia and China ended on Friday.", ("CHN", "meetsWith", "RUS", "asserted")),
    # a participle followed by 'by' is passive without a form of 'be'; 'has been' before it is passive too
    ("reduced-relative-backed-by", "Houthi rebels backed by Iran attacked ships in the Red Sea.", ("IRN", "supports", "HOUTHI", "asserted")),
    ("has-been-attacked-by", "Israel has been attacked by Hezbollah.", ("HEZBOLLAH", "attacks", "ISR", "asserted")),
    ("accused-by", "Iran was accused by Ukraine of supplying drones to Russia.", ("UKR", "accuses", "IRN", "asserted")),
    # reported speech: 'said X had violated' accuses X
    ("said-x-violated", "Russia said the United States had violated the treaty.", ("RUS", "accuses", "USA", "asserted")),
    # a relative clause after an appositive describes the case, whose accuser filed it
    ("relative-describes-the-case", "South Africa filed a case at the International Court of Justice, which accuses Israel of genocide.",
     ("ZAF", "accuses", "ISR", "asserted")),
    # after a determiner or a possessive, a verb form is a noun with its own possessor and prepositions
    # amounts between a light verb and its noun do not count ('approved a $1.2 billion sale of')
    ("light-verb-over-an-amount", "Washington approved a $1.2 billion sale of fighter jets to the Philippines.", ("USA", "suppliesWeaponsTo", "PHL", "asserted")),
    ("purpose-of-a-plan", "Netanyahu is expected to travel to Washington next week to meet Trump.", ("netanyahu", "meetsWith", "trump", "expected")),
    ("urged-to-supply", "Zelensky urged Western allies to supply more air defence systems to Ukraine.", ("WEST", "suppliesWeaponsTo", "UKR", "expected")),
    ("bases-in-a-state", "Israel struck military bases in Syria.", ("ISR", "attacks", "SYR", "asserted")),
    ("condemned-the-attack-of", "China condemned the Israeli strikes.", ("CHN", "opposes", "ISR", "asserted")),
    ("mou", "Japan and the Philippines signed a memorandum of understanding on maritime security.", ("JPN", "cooperatesWith", "PHL", "asserted")),
    ("appositive-ally", "China, Pakistan's closest ally, expressed regret over the strikes.", ("CHN", "alliedWith", "PAK", "asserted")),
    ("strikes-on-sites-in", "India launched missile strikes on nine sites in Pakistan early on Wednesday.", ("IND", "attacks", "PAK", "asserted")),
    ("army-chief-title", "Rubio spoke by phone with Indian Foreign Minister S. Jaishankar and Pakistani army chief Asim Munir.",
     ("asim_munir", "meetsWith", "rubio", "asserted")),
    ("received-a-visit-from", "President Prabowo Subianto received a visit from Jordan's King Abdullah II in Jakarta.",
     ("abdullah_ii", "meetsWith", "prabowo", "asserted")),
    ("said-x-committing-genocide", "A UN expert said Israel was committing genocide in Gaza.", ("UN", "accuses", "ISR", "asserted")),
    ("invited-x-to-visit", "Ukraine's President Volodymyr Zelenskiy invited Xi to visit Kyiv.", ("xi", "visits", "UKR", "expected")),
    ("parenthetical-meanwhile", "Japanese Prime Minister Fumio Kishida, meanwhile, made a surprise visit to Kyiv.", ("kishida", "visits", "UKR", "asserted")),
    ("report-ends-at-while", "Xi said China supported Russia's efforts, while Putin praised Beijing's peace plan.", ("putin", "supports", "CHN", "asserted")),
    ("relative-over-a-place", "Houthi rebels in Yemen, who are backed by Iran, launched drones at the Israeli city of Eilat.", ("IRN", "supports", "HOUTHI", "asserted")),
    ("main-verb-after-relative", "Houthi rebels in Yemen, who are backed by Iran, launched drones at the Israeli city of Eilat.", ("HOUTHI", "attacks", "ISR", "asserted")),
    ("amount-in-aid", "Kishida pledged $30 million in non-lethal aid to Ukraine.", ("kishida", "providesAidTo", "UKR", "asserted")),
    ("helped-is-support", "The U.S. military helped Israel shoot down the missiles.", ("USA", "supports", "ISR", "asserted")),
    ("killing-of-a-leader", "Iran retaliated for Israel's killing of Hezbollah leader Hassan Nasrallah.", ("ISR", "attacks", "nasrallah", "asserted")),
    ("after-meeting-shares-subject", "Zelensky made the request after meeting German Chancellor Friedrich Merz in Berlin.", ("merz", "meetsWith", "zelenskyy", "asserted")),
    ("called-a-provocation", "Peskov called Germany's move a dangerous provocation.", ("peskov", "accuses", "DEU", "asserted")),
    ("warned-of-retaliation", "Iran warned Israel of a crushing response.", ("IRN", "threatens", "ISR", "asserted")),
    ("aid-package-for", "The Pentagon announced a new $2.5 billion military aid package for Ukraine.", ("USA", "providesAidTo", "UKR", "asserted")),
    ("refinery-in-a-state", "Ukrainian drones struck an oil refinery in Russia's Ryazan region overnight.", ("UKR", "attacks", "RUS", "asserted")),
    ("rammed", "China's coast guard rammed a Philippine supply vessel near Second Thomas Shoal.", ("CHN", "attacks", "PHL", "asserted")),
    ("restored-ties", "Saudi Arabia restored diplomatic ties with Iran in a deal brokered by China.", ("IRN", "cooperatesWith", "SAU", "asserted")),
    ("failed-to-adopt-a-resolution", "The U.N. Security Council failed to adopt a resolution condemning Russia's invasion.", ("UNSC", "opposes", "RUS", "negated")),
    ("negation-of-another-verb", "India did not condemn Russia's invasion of Ukraine.", ("RUS", "attacks", "UKR", "asserted")),
    ("summoned-the-ambassador", "Russia's foreign ministry summoned the U.S. ambassador over the drone strike.", ("RUS", "opposes", "USA", "asserted")),
    ("expelled-diplomats", "Poland expelled three Russian diplomats.", ("POL", "opposes", "RUS", "asserted")),
    ("coordinated-verbs-share-the-object", "Iran, which funds and arms Hezbollah, denied sending new weapons to the group.", ("IRN", "supports", "HEZBOLLAH", "asserted")),
    ("the-group-is-the-last-group", "Iran, which funds and arms Hezbollah, denied sending new weapons to the group.", ("IRN", "suppliesWeaponsTo", "HEZBOLLAH", "denied")),
    ("condemned-the-pact-between", "Japan condemned the military pact between Russia and North Korea.", ("JPN", "opposes", "PRK", "asserted")),
    ("killed-a-senior-commander", "Israel killed a senior Hamas commander in Gaza.", ("ISR", "attacks", "HAMAS", "asserted")),
    ("speaker-right-after-the-trigger", "Russia's defence minister visited North Korea. The two sides discussed military cooperation, the news agency KCNA reported.",
     ("PRK", "cooperatesWith", "RUS", "claimed")),
    ("tariffs-on-imports-from", "Trump imposed 25% tariffs on imports from Canada and Mexico.", ("trump", "imposesSanctionsOn", "MEX", "asserted")),
    ("threat-target-after-the-act", "The Houthis threatened to attack US warships in the Red Sea.", ("HOUTHI", "threatens", "USA", "asserted")),
    ("possessive-makes-a-noun", "Putin's visit to Pyongyang was his first since 2000.", ("putin", "visits", "PRK", "asserted")),
    pytest.param("group-left-over-the", "Japan and the Philippines signed a defence pact.", ("JPN", "alliedWith", "PHL", "asserted")),
    # a time phrase between the object and 'and V2' still lets V2 share the subject
    ("coordinated-verb-after-time-phrase", "Indonesian President Prabowo Subianto visited Beijing in November and met Xi.",
     ("prabowo", "meetsWith", "xi", "asserted")),
    # model designations and amounts before the items
    ("model-designation-before-item", "Washington accused Tehran of delivering Fath-360 missiles to Russia in September.",
     ("IRN", "suppliesWeaponsTo", "RUS", "claimed")),
    ("containers-of-shells", "South Korea's spy agency said North Korea had shipped more than 13,000 containers of artillery shells to Russia.",
     ("PRK", "suppliesWeaponsTo", "RUS", "claimed")),
    ("euros-in-aid", "The European Union provided 50 million euros in humanitarian aid to Ukraine.", ("EU", "providesAidTo", "UKR", "asserted")),
    ("dozens-of-rockets-at", "Hezbollah fired dozens of rockets at northern Israel on Tuesday.", ("HEZBOLLAH", "attacks", "ISR", "asserted")),
    ("military-financing-is-aid", "The United States has pledged $500 million in military financing to the Philippines, U.S. officials said.",
     ("USA", "providesAidTo", "PHL", "claimed")),
    ("a-report-said", "Russia is supplying fuel to Myanmar's military, a report by a rights group said.", ("RUS", "providesAidTo", "MMR", "claimed")),
    # the recipient after an article; an actor owned by a place ('Yemen's Houthi rebels') is the argument
    ("supplied-the-x-with", "U.S. officials said Iran had supplied the Houthis with drones and missiles.", ("IRN", "suppliesWeaponsTo", "HOUTHI", "claimed")),
    ("denies-arming-the-x", "Iran denies arming the Houthis.", ("IRN", "suppliesWeaponsTo", "HOUTHI", "denied")),
    ("rejected-a-report-that", "The Kremlin on Thursday rejected a report that Russia was considering supplying anti-ship missiles to Yemen's Houthi rebels.",
     ("RUS", "suppliesWeaponsTo", "HOUTHI", "denied")),
    # 'may' plans; 'may have' guesses about the past
    ("may-visit", "Putin may visit North Korea in the coming weeks, Peskov said.", ("putin", "visits", "PRK", "expected")),
    ("may-have-supplied", "Iran may have supplied drones to Russia, officials said.", ("IRN", "suppliesWeaponsTo", "RUS", "claimed")),
    # the deployment noun: whose troops are named before them
    ("deployment-of-x-troops", "The deployment of North Korean troops to Russia marks a dangerous escalation, Blinken said.",
     ("PRK", "suppliesWeaponsTo", "RUS", "claimed")),
    ("deployed-troops-to-help", "North Korea has deployed troops to Russia to fight against Ukraine.", ("PRK", "suppliesWeaponsTo", "RUS", "asserted")),
    # talks that are the purpose of a planned trip share the plan
    ("for-talks-in-a-plan", "Israel is expected to send a delegation to Cairo for ceasefire talks with Hamas.", ("HAMAS", "meetsWith", "ISR", "expected")),
    ("visit-during-a-planned-act", "Russia is expected to sign a strategic partnership treaty with Iran during a visit by Iranian President Masoud Pezeshkian to Moscow.",
     ("pezeshkian", "visits", "RUS", "expected")),
    # 'claimed responsibility for', 'was behind' name the agent of the attack noun
    ("claimed-responsibility-for", "Hamas claimed responsibility for the attack on Israel.", ("HAMAS", "attacks", "ISR", "claimed")),
    ("was-behind-the-attack", "Israel said Hezbollah was behind the rocket attack on Israel.", ("HEZBOLLAH", "attacks", "ISR", "claimed")),
    ("denied-responsibility", "Iran denied responsibility for the attack on Israel.", ("IRN", "attacks", "ISR", "denied")),
    # a meeting noun whose predicate undoes it did not happen
    ("meeting-was-cancelled", "A meeting between Blinken and Wang Yi was cancelled.", ("blinken", "meetsWith", "wang_yi", "negated")),
    ("summit-never-took-place", "The summit between Putin and Trump never took place.", ("putin", "meetsWith", "trump", "negated")),
    ("talks-postponed", "Talks between Japan and China were postponed until next month.", ("CHN", "meetsWith", "JPN", "expected")),
    ("received-by-a-leader", "Lavrov was received by Kim Jong Un in Pyongyang.", ("kim_jong_un", "meetsWith", "lavrov", "asserted")),
    ("held-up-the-package", "The EU is preparing new sanctions against Russia. Hungary has held up the package for weeks.",
     ("HUN", "blocksSanctionsOn", "RUS", "asserted")),
    ("failed-to-adopt-a-resolution-imposing", "The UN Security Council failed to adopt a resolution imposing sanctions on Israel.",
     ("UNSC", "imposesSanctionsOn", "ISR", "negated")),
    # troops sent 'to' a state help it; troops sent 'into' a state invade it
    ("troops-into-is-an-attack", "Israel sent troops into southern Lebanon on Tuesday.", ("ISR", "attacks", "LBN", "asserted")),
    ("pushed-into", "Ukrainian forces pushed into the Kursk region of Russia.", ("UKR", "attacks", "RUS", "asserted")),
    # a capitalised 'He' inside a name is no pronoun
    ("vice-premier-he", "Chinese Vice Premier He Lifeng held a video call with U.S. Treasury Secretary Janet Yellen.", ("he_lifeng", "meetsWith", "yellen", "asserted")),
    # negation phrases; a negated negation is a possibility
    ("ruled-out", "Germany ruled out sending Taurus missiles to Ukraine.", ("DEU", "suppliesWeaponsTo", "UKR", "negated")),
    ("not-ruled-out", "Macron has not ruled out sending troops to Ukraine.", ("macron", "suppliesWeaponsTo", "UKR", "expected")),
    ("has-yet-to", "The EU has yet to impose sanctions on Israel.", ("EU", "imposesSanctionsOn", "ISR", "negated")),
    ("stopped-short-of", "India stopped short of condemning Russia.", ("IND", "opposes", "RUS", "negated")),
    ("officials-insist-deny", "Beijing is not supplying lethal weapons to Moscow, Chinese officials insist.", ("CHN", "suppliesWeaponsTo", "RUS", "denied")),
    # what one is warned against or kept from doing has not happened
    ("warned-against-supplying", "Washington has repeatedly warned Beijing against supplying lethal aid to Moscow.",
     ("CHN", "suppliesWeaponsTo", "RUS", "expected")),
    # an infinitive of purpose after an object has the main verb's subject, unless the verb hands the act on
    ("summoned-to-protest", "Seoul summoned the Russian ambassador to protest the military pact between Moscow and Pyongyang.",
     ("KOR", "opposes", "PRK", "asserted")),
    ("lodged-a-protest-with", "The Philippines lodged a diplomatic protest with China over the incident.", ("PHL", "opposes", "CHN", "asserted")),
    # an English headline coordinates its subjects with a comma
    ("headline-comma-subjects", "U.S., EU tighten sanctions on Iran", ("USA", "imposesSanctionsOn", "IRN", "asserted")),
    # what a condition supposes has not happened
    ("if-clause-first", "If Iran attacks Israel, the United States will respond, Austin said.", ("IRN", "attacks", "ISR", "expected")),
    ("if-clause-after", "Iran would face consequences if it attacked Israel, Biden warned.", ("IRN", "attacks", "ISR", "expected")),
    # items before a transfer noun; suspending or halting it negates it
    ("suspended-arms-exports", "Germany suspended arms exports to Israel.", ("DEU", "suppliesWeaponsTo", "ISR", "negated")),
    ("halted-arms-sales", "Canada halted new arms sales to Israel in March.", ("CAN", "suppliesWeaponsTo", "ISR", "negated")),
    ("paused-a-shipment", "The United States paused a shipment of 2,000-pound bombs to Israel.", ("USA", "suppliesWeaponsTo", "ISR", "negated")),
    # 'threatened to' is the threat itself, not a plan of one
    ("threatened-to-retaliate-is-asserted", "Iran has threatened to retaliate against Israel for the killing of Hamas leader Ismail Haniyeh.",
     ("IRN", "threatens", "ISR", "asserted")),
    # 'and said it would': the pronoun is the subject that opens the sentence; 'work closely with' cooperates
    ("and-said-it-would", "North Korea sent troops to Russia. Japan condemned the deployment and said it would work closely with South Korea.",
     ("JPN", "cooperatesWith", "KOR", "expected")),
    ("would-defend", "U.S. President Joe Biden has said the United States would defend Taiwan if China attacked.", ("USA", "supports", "TWN", "expected")),
    ("security-council-secretary", "North Korean leader Kim Jong Un met Russian Security Council Secretary Sergei Shoigu in Pyongyang.",
     ("kim_jong_un", "meetsWith", "shoigu", "asserted")),
    # English names the agent of a noun by a name or adjective of state right before it
    ("demonym-before-plural-noun", "Saudi Arabia condemned Israeli strikes on Iran.", ("ISR", "attacks", "IRN", "asserted")),
    ("name-before-blocked-sanctions", "Hungary has blocked previous EU sanctions packages against Russia.", ("EU", "imposesSanctionsOn", "RUS", "negated")),
    # 'X said it ...': the pronoun is the reporter, not the state named last
    ("said-it-is-the-reporter", "Iran denied sending missiles to Russia. The U.S. Treasury Department said it had sanctioned Iran over the transfers.",
     ("US_TREASURY", "imposesSanctionsOn", "IRN", "claimed")),
    ("said-that-it-is-the-reporter", "Russia attacked Ukraine overnight. Japan said that it would impose new sanctions on Moscow.",
     ("JPN", "imposesSanctionsOn", "RUS", "expected")),
    # a condemned act 'of' items owned by a state, or done 'by' a state after the items: the state is opposed
    ("condemned-deployment-of-owned-troops", "Japan condemned the deployment of North Korean troops to Russia.", ("JPN", "opposes", "PRK", "asserted")),
    ("condemned-transfer-of-owned-drones", "The G7 condemned the transfer of Iranian drones to Russia.", ("G7", "opposes", "IRN", "asserted")),
    ("condemned-launch-of-items-by", "South Korea condemned the launch of ballistic missiles by North Korea.", ("KOR", "opposes", "PRK", "asserted")),
    # 'X joined Y in doing': both do it
    ("joined-in-gerund", "Australia joined the United States in sanctioning Russia.", ("AUS", "imposesSanctionsOn", "RUS", "asserted")),
    ("joined-in-gerund-partner", "Australia joined the United States in sanctioning Russia.", ("USA", "imposesSanctionsOn", "RUS", "asserted")),
    ("joined-in-light-verb", "Britain joined the US in imposing sanctions on Iran.", ("GBR", "imposesSanctionsOn", "IRN", "asserted")),
    # the accused side's own word that it did not do it is a denial
    ("spokesman-says-never", "Kremlin spokesman Dmitry Peskov said Moscow had never supplied weapons to North Korea.",
     ("RUS", "suppliesWeaponsTo", "PRK", "denied")),
    ("own-side-after-quote", "Russia did not supply weapons to North Korea, the Kremlin said.", ("RUS", "suppliesWeaponsTo", "PRK", "denied")),
    ("other-side-says-not", "Blinken said Russia did not attack Ukraine.", ("RUS", "attacks", "UKR", "negated")),
    ("own-side-will-not-is-no-denial", "Putin said Russia would not attack NATO.", ("RUS", "attacks", "NATO", "negated")),
    # a denial ends where a new clause begins
    ("denial-ends-at-but", "Russia and North Korea have denied the arms transfers, but both countries pledged last year to deepen military cooperation.",
     ("PRK", "cooperatesWith", "RUS", "asserted")),
    # a verb coordinated after a titled object and a place shares the first verb's subject
    ("coordinated-after-titled-objects", "Biden met Japanese Prime Minister Shigeru Ishiba and South Korean President Yoon Suk Yeol in Lima "
     "and condemned North Korea's deployment of troops to Russia.", ("biden", "opposes", "PRK", "asserted")),
    # 'urged / called on X to stop doing': X does it, say those who urge
    ("called-on-to-stop", "Ukrainian Foreign Minister Andrii Sybiha called on Tehran to stop arming Moscow.", ("IRN", "suppliesWeaponsTo", "RUS", "claimed")),
    ("urged-to-stop-sending", "The US urged Iran to stop sending drones to Russia.", ("IRN", "suppliesWeaponsTo", "RUS", "claimed")),
    ("pressed-to-curb", "Biden also pressed Xi to curb China's support for Russia's war in Ukraine.", ("CHN", "supports", "RUS", "claimed")),
    ("stopped-is-negated", "Iran stopped sending drones to Russia.", ("IRN", "suppliesWeaponsTo", "RUS", "negated")),
    # a report in a clause of its own after 'while' is not this clause's
    ("while-they-said-is-another-report", "Britain joined the United States in sanctioning Iran, while France and Germany said they would follow.",
     ("GBR", "imposesSanctionsOn", "IRN", "asserted")),
    # after a receive verb the name before the items owns them and sent them
    ("denied-receiving-owned-items", "Russia also denied receiving Iranian missiles.", ("IRN", "suppliesWeaponsTo", "RUS", "denied")),
    ("recipient-side-denies", "Kremlin spokesman Dmitry Peskov said on Thursday that Moscow had not received any weapons from Pyongyang.",
     ("PRK", "suppliesWeaponsTo", "RUS", "denied")),
    # an exchange phrase fronted before the subject leaves the giver named
    ("fronted-in-return", "In return for the weapons, Russia is believed to be providing North Korea with missile and satellite technology, "
     "according to South Korean officials.", ("RUS", "suppliesTechnologyTo", "PRK", "claimed")),
    # a passive transfer: English names the owner of the items before them
    ("passive-owner-before-items", "Seoul said North Korean troops had also been deployed to Russia's Kursk region.",
     ("PRK", "suppliesWeaponsTo", "RUS", "claimed")),
    ("passive-owner-over-amount", "Thousands of North Korean soldiers were sent to Russia last month.", ("PRK", "suppliesWeaponsTo", "RUS", "asserted")),
    # projectiles named a few words after 'launched', over an amount
    ("launched-amount-of-drones-at", "Ukraine said Russian forces had launched more than 80 Iranian-made drones at Kyiv overnight.",
     ("RUS", "attacks", "UKR", "claimed")),
    # modifiers the lexicon does not list, before an item word
    ("unlisted-modifiers-before-items", "Britain said it would provide Ukraine with 650 lightweight multirole missiles under a new deal.",
     ("GBR", "suppliesWeaponsTo", "UKR", "expected")),
    # an apposition 'a NATO member' is not the subject; the name before it is
    ("apposition-a-member", "Poland, a NATO member bordering Ukraine, accused Russia of sabotage on its territory.", ("POL", "accuses", "RUS", "asserted")),
    ("apposition-an-eu-member", "Hungary, an EU member, blocked sanctions on Russia.", ("HUN", "blocksSanctionsOn", "RUS", "asserted")),
    # a name after a preposition and 'the' heads no clause
    ("aside-at-the-summit", "Putin, at the BRICS summit, met Modi.", ("putin", "meetsWith", "modi", "asserted")),
    # a conjunction that is also a preposition opens a clause with its own subject
    ("since-clause-subject", "The package is the latest in a series of U.S. weapons deliveries since Russia invaded Ukraine in February 2022.",
     ("RUS", "attacks", "UKR", "asserted")),
    # weapons that hit: 'hit' needs a weapon or a force near it; a place noun 'across' a state
    ("weapons-hit-across", "Russian missiles and drones hit power plants across Ukraine overnight, Ukrainian officials said.",
     ("RUS", "attacks", "UKR", "claimed")),
    ("jets-pounded", "Israeli jets pounded targets in southern Lebanon.", ("ISR", "attacks", "LBN", "asserted")),
    ("fired-a-barrage-into", "Hezbollah fired a barrage of rockets into northern Israel.", ("HEZBOLLAH", "attacks", "ISR", "asserted")),
    # 'its' right after a reporting verb is the reporter
    ("its-fighters-after-said", "Hezbollah said its fighters had attacked an Israeli army post with drones.", ("HEZBOLLAH", "attacks", "ISR", "claimed")),
    # a purchase under negotiation is a plan
    ("negotiating-the-purchase", "Indonesia is negotiating the purchase of submarines from Turkey.", ("TUR", "suppliesWeaponsTo", "IDN", "expected")),
    # a military aid package 'including' weapons is a weapons transfer
    ("aid-package-including-weapons", "Biden announced a new $425 million military aid package for Ukraine, including air defence interceptors, "
     "artillery ammunition and armoured vehicles.", ("biden", "suppliesWeaponsTo", "UKR", "asserted")),
    # the clause after 'saying' / 'believe' has its own subject
    ("saying-clause-subject", "Blinken accused China of helping Russia, saying Beijing was supplying machine tools, microelectronics and drone engines to Moscow.",
     ("CHN", "suppliesTechnologyTo", "RUS", "claimed")),
    ("not-believe-is-negated", "The White House said it did not believe China was currently providing weapons to Russia, but warned Beijing "
     "that doing so would carry consequences.", ("CHN", "suppliesWeaponsTo", "RUS", "negated")),
    ("but-warned-shares-the-main-subject", "The White House said it did not believe China was currently providing weapons to Russia, but warned Beijing "
     "that doing so would carry consequences.", ("USA", "threatens", "CHN", "asserted")),
    # 'with X set to V': a multi-word modal between the name and the verb
    ("with-x-set-to", "The leaders agreed to expand cooperation in energy, with Russia set to supply more weapons to China.",
     ("RUS", "suppliesWeaponsTo", "CHN", "expected")),
    # hyphenated modifiers before an item
    ("hyphenated-modifier-item", "The Pentagon said Iran had transferred close-range ballistic missiles to Russia.", ("IRN", "suppliesWeaponsTo", "RUS", "claimed")),
    ("lodged-protests-with", "Japan and South Korea lodged protests with Pyongyang over the launch.", ("JPN", "opposes", "PRK", "asserted")),
    # an apposition 'a close ally of X'
    ("apposition-ally-of", "Serbia, a traditional ally of Russia, refused to join the sanctions.", ("SRB", "alliedWith", "RUS", "asserted")),
    # 'after talks with X': a plural noun after the conjunction; the aside or the opener is the writer's
    ("participle-aside-after-talks", "Blinken, speaking after talks with Chinese Foreign Minister Wang Yi in Beijing, said Washington was prepared "
     "to impose sanctions.", ("blinken", "meetsWith", "wang_yi", "asserted")),
    ("opener-after-talks", "After talks with Putin, Xi said relations were strong.", ("putin", "meetsWith", "xi", "asserted")),
    # exchanging fire: each side attacks the other
    ("exchanged-fire-coordinated", "India and Pakistan exchanged fire along the border.", ("PAK", "attacks", "IND", "asserted")),
    ("exchanged-fire-with", "Israel exchanged fire with Hezbollah on Sunday.", ("HEZBOLLAH", "attacks", "ISR", "asserted")),
    ("denied-involvement-in", "Iran denied involvement in the attack on U.S. troops in Jordan.", ("IRN", "attacks", "USA", "denied")),
    ("drone-struck-building-in", "A Russian drone struck a residential building in Kharkiv, killing two people.", ("RUS", "attacks", "UKR", "asserted")),
    # the verb form 'meeting with' read as a noun after a determiner keeps its preposition
    ("a-meeting-with", "Kim Jong Un made the remarks during a meeting with Shoigu.", ("kim_jong_un", "meetsWith", "shoigu", "asserted")),
    # no evidence of it, or a report called false
    ("no-evidence-that", "There is no evidence that China has sent weapons to Russia, NATO said.", ("CHN", "suppliesWeaponsTo", "RUS", "negated")),
    ("reports-are-false", "Reports that Iran sent missiles to Russia are false, Tehran said.", ("IRN", "suppliesWeaponsTo", "RUS", "denied")),
    ("claims-are-baseless", "Claims that North Korea supplied shells to Russia are baseless, Pyongyang said.", ("PRK", "suppliesWeaponsTo", "RUS", "denied")),
    ("reports-that-hedge", "Reports that Iran sent missiles to Russia alarmed Europe.", ("IRN", "suppliesWeaponsTo", "RUS", "claimed")),
    # passives of 'hit' and 'targeted', and 'came under attack from'
    ("passive-hit-by", "Several Ukrainian cities were hit by Russian missiles.", ("RUS", "attacks", "UKR", "asserted")),
    ("passive-targeted-by-strikes", "The Houthis were targeted by U.S. and British strikes.", ("USA", "attacks", "HOUTHI", "asserted")),
    ("came-under-attack-from", "Kyiv came under attack from Russian drones overnight.", ("RUS", "attacks", "UKR", "asserted")),
    # the guest of a host visits the place named after the guest
    ("hosted-guest-visits", "Kim Jong Un hosted Putin in Pyongyang last June.", ("putin", "visits", "PRK", "asserted")),
    ("hosted-at-the-kremlin", "Russian President Vladimir Putin hosted Chinese leader Xi Jinping at the Kremlin on Tuesday.", ("xi", "visits", "RUS", "asserted")),
    # a relative aside between commas is skipped for the main clause's subject
    ("past-relative-aside", "Russia, which invaded Ukraine in 2022, has deepened ties with North Korea.", ("RUS", "cooperatesWith", "PRK", "asserted")),
    ("past-who-aside", "Zelensky, who visited Washington last week, met Trump.", ("trump", "meetsWith", "zelenskyy", "asserted")),
    # items heading a relative clause are what its verb sends
    ("items-head-relative-clause", "The missiles that North Korea sent to Russia were fired at Kharkiv.", ("PRK", "suppliesWeaponsTo", "RUS", "asserted")),
    # 'X thanked Y for its support': Y supports X
    ("thanked-for-its-support", "Zelensky thanked Japan for its support.", ("JPN", "supports", "zelenskyy", "asserted")),
    ("thanked-for-its-support-for", "Putin thanked North Korea for its support for Russia's war.", ("PRK", "supports", "RUS", "asserted")),
    # 'to' before a verb is no preposition; a noun form that took its preposition reads the name after it
    ("threatened-to-use-against", "Kim Jong Un threatened to use nuclear weapons against South Korea.", ("kim_jong_un", "threatens", "KOR", "asserted")),
    ("revenge-against", "Iran vowed revenge against Israel for the killing of Haniyeh.", ("IRN", "threatens", "ISR", "asserted")),
    # the object of a verb of blame is the agent of the act it is blamed for
    ("blamed-for-the-attack-on", "Ukraine blamed Russia for the attack on Kyiv.", ("RUS", "attacks", "UKR", "claimed")),
    ("condemned-for-the-attack-on", "Ukraine condemned Russia for the attack on Kyiv.", ("RUS", "attacks", "UKR", "asserted")),
    ("sanctioned-for-its-attacks", "The US sanctioned Iran for its attacks on Israel.", ("IRN", "attacks", "ISR", "asserted")),
    # weapons used against a state; talks 'in' an unknown place 'between' two parties
    ("used-weapons-against", "Russia has used North Korean missiles against Ukraine, according to Kyiv.", ("RUS", "attacks", "UKR", "claimed")),
    ("talks-in-a-place-between", "The talks in Istanbul between Russia and Ukraine ended without a deal.", ("RUS", "meetsWith", "UKR", "asserted")),
    # a possessor inside the first verb's object is not the subject of a coordinated verb
    ("possessor-in-object-then-and", "The United States, a treaty ally of Manila, condemned China's dangerous actions and reaffirmed its commitment "
     "to defend the Philippines.", ("USA", "supports", "PHL", "asserted")),
    # a modal before 'and' does not reach a past verb after it; an English passive's agent follows 'by'
    ("modal-not-past-and", "Philippine President Ferdinand Marcos Jr. said Manila would not be intimidated and summoned China's ambassador.",
     ("PHL", "opposes", "CHN", "claimed")),
    ("provided-the-military-with", "Washington has provided the Philippine military with patrol boats and surveillance drones.",
     ("USA", "suppliesWeaponsTo", "PHL", "asserted")),
    # a past verb after 'and' following a report is the speaker's own act, not reported
    ("said-and-summoned", "South Korea said the pact posed a threat to its security and summoned the Russian ambassador.", ("KOR", "opposes", "RUS", "asserted")),
    ("its-adjective-support-thanked", "Putin thanked North Korea for its unwavering support for Russia's war in Ukraine.", ("PRK", "supports", "RUS", "asserted")),
    ("joint-patrol", "Indonesia and Malaysia will hold a joint patrol in the Strait of Malacca.", ("IDN", "cooperatesWith", "MYS", "expected")),
    ("courtesy-call-from", "Prabowo received a courtesy call from Japanese Foreign Minister Takeshi Iwaya.", ("iwaya", "meetsWith", "prabowo", "asserted")),
    ("backed-a-resolution-condemning", "Japan backed a resolution condemning North Korea.", ("JPN", "opposes", "PRK", "asserted")),
    ("items-head-object-relative", "The drones, which Iran supplied to Russia, were used against Ukrainian cities.", ("IRN", "suppliesWeaponsTo", "RUS", "asserted")),
    ("items-head-relative-with-determiner", "The weapons that the US sent to Ukraine were used against Russian forces.", ("USA", "suppliesWeaponsTo", "UKR", "asserted")),
    # a title after a body of the state ('CIA Director') does not hide the person from the verb
    ("body-title-person-subject", "CIA Director William Burns met Iranian Foreign Minister Abbas Araghchi in Doha.", ("araghchi", "meetsWith", "william_burns", "asserted")),
    # a possessor right after a verb owns its object; the meeting is the main subject's
    ("verb-object-possessor-not-meeting-subject", "Kim Jong Un praised Russia's leadership during a meeting with Shoigu.", ("kim_jong_un", "meetsWith", "shoigu", "asserted")),
    # an object relative clause: the head before 'which' is the verb's object
    ("object-relative-head-is-object", "Israel, which the US supports, struck Gaza.", ("USA", "supports", "ISR", "asserted")),
    ("object-relative-head-attack", "Iran, which Israel attacked in June, vowed revenge.", ("ISR", "attacks", "IRN", "asserted")),
    # a vow made during a meeting: the meeting took place, the vow's content is expected
    ("occasion-of-a-vow-is-asserted", "Kim Jong Un vowed to strengthen ties with Russia during a meeting with Shoigu.", ("kim_jong_un", "meetsWith", "shoigu", "asserted")),
    ("content-of-a-vow-is-expected", "Kim Jong Un vowed to strengthen ties with Russia during a meeting with Shoigu.", ("kim_jong_un", "cooperatesWith", "RUS", "expected")),
    ("occasion-of-a-plan-is-expected", "Putin will hold talks with Xi during a visit to Beijing.", ("putin", "visits", "CHN", "expected")),
    # 'each other' after the verb: each member of the subject does it to the other
    ("each-other-after-verb", "Iran and Russia pledged to support each other.", ("RUS", "supports", "IRN", "expected")),
    ("each-other-after-verb-other-way", "Iran and Russia pledged to support each other.", ("IRN", "supports", "RUS", "expected")),
    # the victims' state of an act after a verb of casualty is its target; a state's adjective among the noun's adjectives is its agent
    ("victims-of-an-attack", "Two U.S. soldiers were killed in an Iranian drone attack in Jordan.", ("IRN", "attacks", "USA", "asserted")),
    ("victims-of-a-strike-by", "Five Pakistani civilians were wounded by an Indian missile strike.", ("IND", "attacks", "PAK", "asserted")),
    ("smuggle-is-a-transfer", "Iran smuggled weapons to the Houthis.", ("IRN", "suppliesWeaponsTo", "HOUTHI", "asserted")),
    ("instructors-are-troops", "Russia has sent military instructors and air defence systems to Niger.", ("RUS", "suppliesWeaponsTo", "NER", "asserted")),
    ("radar-after-plain-adjective", "Japan will supply coastal radar systems to the Philippines.", ("JPN", "suppliesWeaponsTo", "PHL", "expected")),
    ("talks-after-which-one-agreed-took-place", "India and Pakistan agreed to a ceasefire after talks between their military commanders.", ("IND", "meetsWith", "PAK", "asserted")),
    ("unlikely-is-not-a-fact", "Beijing is unlikely to attack Philippine forces.", ("CHN", "attacks", "PHL", "expected")),
    # a bare form right after a full verb is its object noun; the light verb over an adjective shares the first verb's subject
    ("pledged-continued-support-after-visit", "Lavrov visited Caracas in February and pledged continued support for Maduro.", ("lavrov", "supports", "maduro", "asserted")),
    ("victims-of-shelling-without-article", "Three Indian soldiers were killed in Pakistani shelling in Poonch district.", ("PAK", "attacks", "IND", "asserted")),
    # halting trade with a state is an economic sanction on it
    ("suspended-all-trade-with", "Turkey suspended all trade with Israel.", ("TUR", "imposesSanctionsOn", "ISR", "asserted")),
    ("coordinated-suspended-trade", "Pakistan closed its airspace to Indian airlines and suspended all trade with India.", ("PAK", "imposesSanctionsOn", "IND", "asserted")),
    ("fired-water-cannon-at", "Chinese coast guard vessels fired water cannon at a Philippine supply boat, the Philippine military said.", ("CHN", "attacks", "PHL", "claimed")),
    ("item-worth-amount-then-recipient", "China has provided loans worth billions of dollars to Venezuela.", ("CHN", "providesAidTo", "VEN", "asserted")),
    # 'as' before a noun phrase is a preposition, not a clause: the next coordinated verb keeps the subject
    ("as-a-preposition-then-and-verb", "Japan condemned the launch as a provocation and summoned China's ambassador.", ("JPN", "opposes", "CHN", "asserted")),
    ("as-quoted-then-accused", "Venezuela's government condemned the decision as \"economic aggression\" and accused Washington of interfering.", ("VEN", "accuses", "USA", "asserted")),
    # an act one is warned against has not happened
    ("warned-against-any-noun", "Washington warned Beijing against any attack on Taiwan.", ("CHN", "attacks", "TWN", "expected")),
]

TRAPS = [
    # a newspaper named after a capital is not the state, and says nothing by itself
    ("newspaper-not-state", "The Washington Post reported that the drones were Iranian.", lambda got: not got),
    # weapons 'for the war in Ukraine' are not delivered to Ukraine
    ("for-the-war-in", "Iran sent weapons for the war in Ukraine.", lambda got: not any(o == "UKR" for _, _, o, _ in got)),
    # condemning a treaty names no second actor
    ("no-second-actor", "South Korea condemned the treaty.", lambda got: not got),
    # a delegation is not an item
    ("delegation-not-item", "Beijing is expected to send a delegation to Manila.", lambda got: not got),
    # a delegation received is a meeting with its sender, not a transfer
    ("received-delegation", "Russia received a delegation from Iran.", lambda got: got == {("IRN", "meetsWith", "RUS", "asserted")}),
    # 'warned X against' is no threat, and firms that are not named actors are no target
    ("warned-against", "Biden warned Xi against supplying weapons to Russia.", lambda got: not any(p == "threatens" for _, p, _, _ in got)),
    ("unnamed-target", "Washington slapped sanctions on Chinese firms supplying Russia.",
     lambda got: got == {("USA", "imposesSanctionsOn", "firms:CHN:firms", "asserted")}),
    # 'relations with' says nothing about cooperation
    ("missiles-into-the-sea", "North Korea launched ballistic missiles into the sea.", lambda got: not got),
    ("satellite-launch", "Russia launched a satellite for North Korea.", lambda got: not got),
    ("deployed-to-a-place", "Russia deployed troops to the border.", lambda got: not got),
    ("possessor-is-not-the-next-clause", "China and Russia stage joint naval drills as Xi hosts Putin",
     lambda got: ("CHN", "meetsWith", "putin", "asserted") not in got),
    ("sanctions-hit-economy", "New sanctions hit Russia's economy.", lambda got: not got),
    ("sanctions-over-is-a-reason", "The EU imposed sanctions on Iran over its support for Russia.", lambda got: ("EU", "imposesSanctionsOn", "RUS", "asserted") not in got),
    ("oppose-sanctions", "Both China and Russia oppose new sanctions on North Korea.", lambda got: not got),
    # helping someone evade sanctions supports them; it imposes no sanction
    ("evade-sanctions", "Russia helped North Korea evade sanctions.",
     lambda got: got == {("RUS", "supports", "PRK", "asserted")}),
    ("no-relation-in-plain-news", "Oil prices rose after the United States announced new measures. Japan's exports to China fell in March. "
     "China is Russia's largest trading partner. The sanctions came into force on Friday. Ukraine's army said it shot down 30 drones overnight.",
     lambda got: not got),
    pytest.param("compound-modifier-not-object", "Moscow hosted the BRICS summit in October.", lambda got: not got),
    ("possessor-not-the-clause-subject", "Britain condemned Russia's attack on Ukraine.", lambda got: ("GBR", "attacks", "UKR", "asserted") not in got),
    ("sanctioning-state-is-not-giver", "The US sanctioned Iran for supplying drone parts to Russia.",
     lambda got: ("USA", "suppliesTechnologyTo", "RUS", "asserted") not in got),
    pytest.param("coordinated-verbs-share-the-subject", "Japan condemned China and sent warships to the Philippines.",
                 lambda got: ("JPN", "suppliesWeaponsTo", "PHL", "asserted") in got),
    pytest.param("left-possessor-in-reported-clause", "Biden said he was worried about China's support for Russia.",
                 lambda got: ("biden", "supports", "RUS", "claimed") not in got),
    # the host of a visit is not its visitor
    ("host-is-not-visitor", "President Prabowo Subianto received a visit from Jordan's King Abdullah II in Jakarta.",
     lambda got: not any(s == "prabowo" and p == "visits" for s, p, _, _ in got)),
    # only a verb right before 'and V2 X' shares X; an object after 'and said' is not the condemned one
    ("shared-object-only-right-after-the-verb", "Iranian Foreign Minister Abbas Araghchi condemned the attack and said Tehran would respond.",
     lambda got: not any(p == "opposes" for _, p, _, _ in got)),
    # welcoming a step of a state is no meeting with it; hosting an official is
    ("welcomed-a-step-is-no-meeting", "China welcomed Indonesia's accession to BRICS.", lambda got: not any(p == "meetsWith" for _, p, _, _ in got)),
    ("hosts-an-unnamed-minister", "Pyongyang hosts Russian defence minister as arms ties deepen",
     lambda got: ("PRK", "meetsWith", "belousov", "asserted") in got),  # the minister on the date: Belousov
    # the inviter does not visit; firms of a nationality are not the state
    ("inviter-does-not-visit", "Ukraine's President Volodymyr Zelenskiy invited Xi to visit Kyiv.",
     lambda got: not any(s == "zelenskyy" and p == "visits" for s, p, _, _ in got)),
    ("companies-of-a-nationality", "The US sanctioned Chinese companies supplying Russia.", lambda got: not any("CHN" in (s, o) for s, _, o, _ in got)),
    # firms named by their state's adjective are not the state, as subject or object, with words between
    ("firms-as-subject", "Chinese companies supplied drone components to Russia, the U.S. Treasury Department said.",
     lambda got: not any("CHN" in (s, o) for s, _, o, _ in got)),
    ("firms-with-a-modifier-between", "China sanctioned 13 U.S. defence companies over arms sales to Taiwan.",
     lambda got: not any(o == "USA" for _, _, o, _ in got)),
    # the talks of a subordinate clause with its own verb are not the main clause's object's talks
    ("talks-of-another-clause", "Turkey condemned Israel after the talks in Doha with the United States collapsed.",
     lambda got: not any(p == "meetsWith" for _, p, _, _ in got)),
    ("talks-right-after-after", "China condemned Japan after talks with the United States collapsed.",
     lambda got: not any(p == "meetsWith" for _, p, _, _ in got)),
    # unnamed allies after a reporting verb are the reported clause's subject, not the speaker
    ("allies-are-the-subject", "NATO Secretary General Jens Stoltenberg said allies had agreed to provide Ukraine with more air defence systems.",
     lambda got: not any(s == "stoltenberg" and p.startswith("supplies") for s, p, _, _ in got)),
    ("summoned-ambassador-does-not-protest", "Seoul summoned the Russian ambassador to protest the military pact between Moscow and Pyongyang.",
     lambda got: not any(s == "RUS" and p == "opposes" for s, p, _, _ in got)),
    ("troops-to-is-no-attack", "North Korea sent troops to Russia.", lambda got: got == {("PRK", "suppliesWeaponsTo", "RUS", "asserted")}),
    # a noun inside a phrase is not the object of the verb before the phrase
    ("restrictions-on-exports-are-no-export", "The Biden administration announced new restrictions on exports of advanced semiconductors to China.",
     lambda got: not any(p.startswith("supplies") for _, p, _, _ in got)),
    # 'Moscow-backed', 'Iran-backed': the name before the hyphen backs the noun, it is not the clause's argument
    ("backed-separatists-act", "Moscow-backed separatists shelled Ukrainian positions.", lambda got: not any(p == "attacks" for _, p, _, _ in got)),
    ("backed-militias-are-no-state", "The United States sanctioned Iran-backed militias in Iraq.", lambda got: not got),
    ("backed-group-after-a-preposition", "The US launched strikes against Iran-backed Houthi rebels.",
     lambda got: got == {("USA", "attacks", "HOUTHI", "asserted"), ("IRN", "supports", "HOUTHI", "asserted")}),
    # a state's adjective before an armed group's noun names the group, not the state
    ("militant-group-is-no-state", "Hamas rejected the proposal. The Palestinian militant group accused Israel of stalling the talks.",
     lambda got: not any(s == "PSE" for s, _, _, _ in got)),
    ("rebels-are-no-state", "Russia attacked Syrian rebels.", lambda got: not got),
    # a noun in a phrase of reason names someone else's act
    ("killing-in-a-reason-phrase", "Iran has threatened to retaliate against Israel for the killing of Hamas leader Ismail Haniyeh in Tehran.",
     lambda got: not any(p == "attacks" and s == "IRN" for s, p, _, _ in got)),
    # an '-s' form after a verb or a preposition is a plural noun: its agent is not the verb's subject
    ("deter-attacks-is-a-noun", "The United States has deployed additional warships to the Middle East to deter attacks on Israel.",
     lambda got: not any(p == "attacks" for _, p, _, _ in got)),
    ("condemned-attacks-on", "Saudi Arabia condemned attacks on Israel.", lambda got: not any(p == "attacks" for _, p, _, _ in got)),
    ("state-owned-firms", "Russian state-owned firms delivered fuel to North Korea.", lambda got: not got),
    # a state's unnamed firms are an actor of their own that acts for the state, not the state
    ("makers-of-a-state", "Iranian drone makers supplied Russia with Shahed drones.",
     lambda got: got == {("firms:IRN:drone_makers", "suppliesWeaponsTo", "RUS", "asserted")}),
    ("a-states-bank", "The EU sanctioned Russia's largest bank.", lambda got: got == {("EU", "imposesSanctionsOn", "firms:RUS:largest_bank", "asserted")}),
    # the gerund after 'sanctioned FIRMS for' is the firms' act, not the sanctioning state's
    ("gerund-of-the-firms", "The U.S. Treasury also sanctioned two Chinese companies for supplying drone engines to Iran.",
     lambda got: not any(p.startswith("supplies") and not s.startswith("firms:") for s, p, _, _ in got)),
    # a purpose without a plan is what happened
    ("purpose-without-plan", "Trump flew to Tokyo to meet Takaichi.", lambda got: ("takaichi", "meetsWith", "trump", "asserted") in got),
    # a name before a noun such as 'summit' modifies it, after a preposition too
    ("modifier-after-preposition", "Putin met Modi at the BRICS summit in Kazan.",
     lambda got: got == {("modi", "meetsWith", "putin", "asserted")}),
    # a court that hears a case is not its accuser
    ("court-is-not-the-accuser", "South Africa filed a case at the International Court of Justice, which accuses Israel of genocide.",
     lambda got: not any(s == "ICJ" for s, _, _, _ in got)),
    # calling someone something without a wrongdoing is no accusation
    ("said-without-wrongdoing", "Russia said the United States had proposed new talks.", lambda got: not any(p == "accuses" for _, p, _, _ in got)),
    # 'accused X of Ving': X is the subject of the accused act, not the accuser
    ("accuser-is-not-giver", "Washington accused Beijing of supplying drones to Russia.",
     lambda got: not any(s == "USA" and p == "suppliesWeaponsTo" for s, p, _, _ in got)),
    # a noun of attack with nobody before it does not make the sentence's actor the attacker
    ("since-the-invasion", "Modi arrived in Moscow for his first visit to Russia since the invasion of Ukraine.",
     lambda got: got == {("modi", "visits", "RUS", "asserted")}),
    ("after-the-attack", "Netanyahu toured the border a year after the attack on Israel.", lambda got: not got),
    ("relations-with", "Russia's relations with the West have collapsed.", lambda got: not got),
    # a relative clause keeps its own status; the denial after it is about something else
    ("relative-clause-status", "Iran, which has supplied Russia with drones, denied sending missiles.",
     lambda got: ("IRN", "suppliesWeaponsTo", "RUS", "asserted") in got),
    # lifting sanctions is not imposing them
    ("lifted", "The EU lifted sanctions on Iran.", lambda got: not any(p == "imposesSanctionsOn" for _, p, _, _ in got)),
    # what is paid 'in exchange' has no named giver; only the oil is a transfer
    ("in-exchange", "Russia gave North Korea oil in exchange for artillery shells.",
     lambda got: got == {("RUS", "providesAidTo", "PRK", "asserted")}),
    # 'announced' sanctions against X and 'the two leaders' with nobody named before: no pair invented
    ("two-leaders-unresolved", "The two leaders signed a defence pact.", lambda got: not got),
    # 'before' + a noun phrase is a preposition: the court hears the case, the case accuses; before + a clause is a conjunction
    ("before-the-court-is-no-accuser", "Spain joined the case before the International Court of Justice, which accuses Israel of genocide.",
     lambda got: ("ESP", "accuses", "ISR", "asserted") in got and not any(s == "ICJ" for s, _, _, _ in got)),
    ("before-the-court-participle", "South Africa filed the case before the International Court of Justice in December, accusing Israel of genocide.",
     lambda got: not any(s == "ICJ" for s, _, _, _ in got)),
    # attack noun phrases as in Indonesian: a possessor actor and a place in a state
    ("military-campaign-in", "Israel's military campaign in Gaza has killed more than 60,000 people.",
     lambda got: ("ISR", "attacks", "PSE", "asserted") in got),
    ("ground-operation-in", "Israel launched a ground operation in southern Lebanon.", lambda got: ("ISR", "attacks", "LBN", "asserted") in got),
    ("election-campaign-in-is-no-attack", "Trump's election campaign in Iowa drew large crowds.", lambda got: not got),
    ("troops-to-help", "North Korea sent thousands of troops to help Russia.",
     lambda got: ("PRK", "suppliesWeaponsTo", "RUS", "asserted") in got and ("PRK", "supports", "RUS", "asserted") in got),
    ("help-an-activity-is-no-recipient", "Iran sent missiles to help fight terrorism.", lambda got: not got),
    # the act after 'of' names no agent: the victim of an invasion is not opposed
    ("condemned-invasion-of", "The EU condemned the invasion of Ukraine.", lambda got: not got),
    ("condemned-deployment-of-unowned-troops", "Ukraine condemned the deployment of troops to the border.", lambda got: not got),
    # 'join' with a sanction noun, or a partner in an act, is no membership
    ("titled-object-does-not-condemn", "Biden met Japanese Prime Minister Shigeru Ishiba and South Korean President Yoon Suk Yeol in Lima "
     "and condemned North Korea's deployment of troops to Russia.", lambda got: not any(s in ("ishiba", "yoon") and p == "opposes" for s, p, _, _ in got)),
    ("called-on-unnamed-allies", "Zelenskiy accused North Korea of helping Russia prolong the war and called on allies to supply more air defence systems to Kyiv.",
     lambda got: not any(p == "suppliesWeaponsTo" for _, p, _, _ in got)),
    ("urged-unnamed-partners", "Zelensky urged its partners to send more air defence systems to Ukraine.", lambda got: not got),
    ("missile-and-satellite-technology", "Russia is providing North Korea with missile and satellite technology.",
     lambda got: got == {("RUS", "suppliesTechnologyTo", "PRK", "asserted")}),
    ("sanctions-hit-no-attack", "Western sanctions hit Russia's economy hard.", lambda got: not got),
    ("their-support-of-unnamed-allies", "NATO Secretary General Mark Rutte said allies must increase their support for Kyiv.", lambda got: not got),
    ("blocked-statement-condemning", "Hungary blocked a joint EU statement condemning Russia's latest strikes on Ukraine's energy grid.",
     lambda got: not any(p == "opposes" for _, p, _, _ in got) and ("RUS", "attacks", "UKR", "asserted") in got),
    ("adopted-resolution-condemning", "The UN General Assembly adopted a resolution condemning Russia.", lambda got: ("UNGA", "opposes", "RUS", "asserted") in got),
    ("drone-engines-are-technology", "Beijing was supplying drone engines to Moscow.", lambda got: got == {("CHN", "suppliesTechnologyTo", "RUS", "asserted")}),
    ("light-verb-stops-at-a-clause", "The EU imposed sanctions after strikes on Kyiv killed 20 people.", lambda got: not got),
    ("clashed-is-no-attack", "The Philippines, which has clashed with Chinese coast guard vessels, expressed concern.", lambda got: not got),
    ("sanctions-targeted-no-attack", "The new sanctions targeted Iran's oil exports after Israeli strikes.", lambda got: not got),
    ("host-at-home-is-no-visit", "Biden hosted Blinken at the White House.", lambda got: not any(p == "visits" for _, p, _, _ in got)),
    ("relative-aside-object-is-no-subject", "Russia, which invaded Ukraine in 2022, has deepened ties with North Korea.",
     lambda got: not any(s == "UKR" for s, _, _, _ in got)),
    ("subject-of-a-relative-verb", "The missiles that North Korea sent to Russia were fired at Kharkiv.", lambda got: not any(p == "attacks" for _, p, _, _ in got)),
    ("used-a-veto-against-is-no-attack", "Russia used its veto against the resolution.", lambda got: not got),
    ("used-sanctions-against-is-no-attack", "The US has used sanctions against Iran.", lambda got: not any(p == "attacks" for _, p, _, _ in got)),
    ("possessor-not-subject-of-and", "The United States condemned China's dangerous actions and reaffirmed its commitment to defend the Philippines.",
     lambda got: not any(s == "CHN" for s, _, _, _ in got)),
    ("left-possessor-not-past-and", "Japan condemned China's actions and pledged support for the Philippines.", lambda got: ("CHN", "supports", "PHL", "asserted") not in got),
    ("passive-agent-needs-by", "Philippine President Ferdinand Marcos Jr. said Manila would not be intimidated and summoned China's ambassador.",
     lambda got: not any(p == "threatens" for _, p, _, _ in got)),
    ("vote-condemning-is-the-votes", "India abstained on the UN vote condemning Russia.", lambda got: not got),
    ("opposed-aid-is-no-stand-against-the-giver", "Hungary has opposed EU military aid to Ukraine.", lambda got: ("HUN", "opposes", "EU", "asserted") not in got),
    ("warned-against-any-attack-is-no-threat", "Washington warned Beijing against any attack on Taiwan.",
     lambda got: not any(p == "threatens" for _, p, _, _ in got) and ("CHN", "attacks", "TWN", "claimed") not in got),
    ("verb-object-possessor-is-no-subject", "North Korea's leader praised Russia's leadership during a meeting with Shoigu.",
     lambda got: not any(p == "meetsWith" and "RUS" in (s, o) for s, p, o, _ in got)),
    ("object-relative-needs-an-actor-head", "The resolution, which the US supports, names Israel.", lambda got: not got),
    ("subject-relative-is-no-object-relative", "Iran, which supports Hamas, condemned the strike.", lambda got: not any(o == "IRN" for _, _, o, _ in got)),
    ("place-of-an-attack-on-victims-is-no-target", "Two U.S. soldiers were killed in an Iranian drone attack in Jordan.", lambda got: not any(o == "JOR" for _, _, o, _ in got)),
    ("unnamed-victims-no-target", "Hamas said five people were killed in an Israeli strike.", lambda got: not got),
    ("visited-place-is-no-subject-of-the-next-verb", "Lavrov visited Caracas in February and pledged continued support for Maduro.", lambda got: not any(s == "VEN" for s, _, _, _ in got)),
    ("object-of-a-relative-aside-after-unknown-name", "The Africa Corps, which replaced the Wagner group, is supporting Mali's army.", lambda got: not any(s == "WAGNER" for s, _, _, _ in got)),
    ("before-a-clause-is-a-conjunction", "China condemned Japan before the United States imposed sanctions on Russia.",
     lambda got: ("USA", "imposesSanctionsOn", "RUS", "asserted") in got and ("CHN", "imposesSanctionsOn", "RUS", "asserted") not in got),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c.values[0] if hasattr(c, "marks") else c[0] for c in CASES])
def test_rule(name, text, expected):
    got = triples(read(text))
    assert norm(*expected) in got, f"{name}: {sorted(got)}"


@pytest.mark.parametrize("name,text,check", TRAPS, ids=[t.values[0] if hasattr(t, "marks") else t[0] for t in TRAPS])
def test_trap(name, text, check):
    got = triples(read(text))
    assert check(got), f"{name}: {sorted(got)}"


def _one(text: str, s: str, p: str, o: str):
    found = [st for st in read(text) if (st.subject.key, st.predicate, st.object.key) == (s, p, o)]
    assert found, f"no {s} {p} {o} in {text!r}"
    return found[0]


def test_attributed_to_the_speaker():
    """English usually drops 'that': 'Blinken said Russia supplied ...' still reports Blinken's claim.

    A reporting verb a few words before the trigger is the act itself only when no clause with its
    own subject stands between them ('announced an aid package'); here 'Russia' does.
    """
    st = _one("Blinken said Russia supplied satellite technology to North Korea.", "RUS", "suppliesTechnologyTo", "PRK")
    assert [a.key for a in st.attributed_to] == ["blinken"]
    assert st.items == ("space",) and st.item_texts == ("satellite technology",)


def test_attributed_to_the_source_and_the_denier():
    st = _one("According to Reuters, Turkey sold drones to Ukraine.", "TUR", "suppliesWeaponsTo", "UKR")
    assert [a.key for a in st.attributed_to] == ["REUTERS"]
    st = _one("Pyongyang and Moscow have both denied the accusations that North Korea supplied weapons to Russia.", "PRK", "suppliesWeaponsTo", "RUS")
    assert st.status == "denied" and {a.key for a in st.attributed_to} == {"PRK", "RUS"}


def test_passive_accusation_is_not_attributed_to_the_accused():
    st = _one("Iran has been accused of supplying drones to Russia.", "IRN", "suppliesWeaponsTo", "RUS")
    assert st.status == "claimed" and not st.attributed_to
    st = _one("Iran was accused by Ukraine of supplying drones to Russia.", "IRN", "suppliesWeaponsTo", "RUS")
    assert st.status == "claimed" and [a.key for a in st.attributed_to] == ["UKR"]


def test_an_unnamed_speaker_is_not_the_last_name_before_it():
    st = _one("North Korean leader Kim Jong Un met Russian Security Council Secretary Sergei Shoigu in Pyongyang on Friday, state media said.",
              "kim_jong_un", "meetsWith", "shoigu")
    assert st.status == "claimed" and not st.attributed_to
    st = _one("South Korea's spy agency said North Korea had sent troops to Russia.", "PRK", "suppliesWeaponsTo", "RUS")
    assert [a.key for a in st.attributed_to] == ["KOR"]


def test_a_speaker_before_an_aside():
    st = _one("Scholz, speaking at a news conference in Berlin, said Germany would send more air defence systems to Ukraine.",
              "DEU", "suppliesWeaponsTo", "UKR")
    assert st.status == "expected" and [a.key for a in st.attributed_to] == ["scholz"]


def test_our_in_a_quote_is_the_speakers_state_only_as_an_object():
    got = triples(read("“Russia is attacking our cities every night,” Zelenskiy said in his nightly address."))
    assert ("RUS", "attacks", "UKR", "claimed") in got
    got = triples(read("“Our allies must impose sanctions on Russia,” Zelenskiy said."))
    assert not any(s == "UKR" for s, _, _, _ in got), got


def test_unnamed_officials_are_attributed_to_their_state():
    st = _one("Russia bought drones from Iran, Ukrainian officials say.", "IRN", "suppliesWeaponsTo", "RUS")
    assert st.status == "claimed" and [a.key for a in st.attributed_to] == ["UKR"]


def test_titles_give_roles():
    got = triples(read("Russian President Vladimir Putin met North Korean leader Kim Jong Un."), roles=True)
    assert ("putin", "leaderOf", "RUS", "asserted") in got
    assert ("kim_jong_un", "leaderOf", "PRK", "asserted") in got
    got = triples(read("US Secretary of State Antony Blinken visited Kyiv on Tuesday."), roles=True)
    assert ("blinken", "officialOf", "USA", "asserted") in got


def test_items_of_several_families():
    st = read("Russia supplied North Korea with missile technology and fighter jets.")
    rels = {(s.subject.key, s.predicate, s.object.key): s.items for s in st}
    assert rels[("RUS", "suppliesTechnologyTo", "PRK")] == ("missile_tech",)
    assert rels[("RUS", "suppliesWeaponsTo", "PRK")] == ("aircraft",)


def test_relative_dates():
    st = _one("Russia bought drones from Iran last year.", "IRN", "suppliesWeaponsTo", "RUS")
    assert st.date == "2023"
    st = _one("In March 2024, Iran sent drones to Russia.", "IRN", "suppliesWeaponsTo", "RUS")
    assert st.date == "2024-03"


def test_quote_then_speaker():
    st = _one("\u201cIran is sending missiles to Russia,\u201d a US official said.", "IRN", "suppliesWeaponsTo", "RUS")
    assert st.status == "claimed"


def test_quote_then_named_speaker():
    st = _one("\u201cIran is sending missiles to Russia,\u201d Blinken said.", "IRN", "suppliesWeaponsTo", "RUS")
    assert st.status == "claimed" and [a.key for a in st.attributed_to] == ["blinken"]


def test_us_date_order():
    st = _one("On March 4, 2024, Iran sent drones to Russia.", "IRN", "suppliesWeaponsTo", "RUS")
    assert st.date == "2024-03-04"


# ---------------------------------------------------------------------------- articles
ARTICLES = {
    "sanctions-2024-03-04.txt": {
        "expect": {
            ("EU", "imposesSanctionsOn", "RUS", "asserted"),
            ("USA", "imposesSanctionsOn", "IRN", "asserted"),
            ("PRK", "suppliesWeaponsTo", "RUS", "claimed"),
            ("HUN", "blocksSanctionsOn", "BLR", ("claimed", "asserted")),  # ", diplomats said"
        },
        "forbid": {("USA", "suppliesWeaponsTo", "RUS"), ("WAPO", "suppliesWeaponsTo", "RUS")},
    },
    "summit-2024-06-19.txt": {
        "expect": {
            ("kim_jong_un", "meetsWith", "putin", "asserted"),
            ("kim_jong_un", "alliedWith", "putin", "asserted"),
            ("putin", "visits", "PRK", "asserted"),
            ("PRK", "cooperatesWith", "RUS", "expected"),
            ("RUS", "suppliesTechnologyTo", "PRK", "expected"),
        },
        "forbid": {("KOR", "opposes", "RUS"), ("KOR", "opposes", "PRK")},
    },
    "drones-2023-11-02.txt": {
        "expect": {
            ("IRN", "suppliesWeaponsTo", "RUS", "denied"),
            ("IRN", "suppliesWeaponsTo", "RUS", "expected"),
            ("DEU", "suppliesWeaponsTo", "UKR", "asserted"),
        },
        "forbid": {("IRN", "suppliesWeaponsTo", "UKR"), ("CHN", "suppliesWeaponsTo", "UKR"), ("CHN", "suppliesWeaponsTo", "RUS")},
    },
    "exercises-2024-08-27.txt": {
        "expect": {
            ("JPN", "cooperatesWith", "USA", "asserted"),
            ("KOR", "cooperatesWith", "USA", "asserted"),
            ("JPN", "cooperatesWith", "KOR", "asserted"),
            ("CHN", "accuses", "USA", "asserted"),
            ("AUS", "cooperatesWith", "JPN", "expected"),
            ("IND", "suppliesWeaponsTo", "PHL", "expected"),
        },
        "forbid": {("CHN", "suppliesWeaponsTo", "PHL"), ("CHN", "visits", "PHL")},
    },
    "troops-2024-10-25.txt": {
        "expect": {
            ("KOR", "suppliesWeaponsTo", "UKR", "expected"),
            ("PRK", "suppliesWeaponsTo", "RUS", ("claimed", "asserted")),  # ", President Yoon said"
            ("KOR", "providesAidTo", "UKR", "asserted"),
            ("yoon", "meetsWith", "zelenskyy", "asserted"),
        },
        "forbid": {("USA", "opposes", "PRK"), ("RUS", "suppliesWeaponsTo", "UKR"), ("KOR", "suppliesWeaponsTo", "RUS")},
    },
    "beijing-summit-2024-05-16.txt": {
        "expect": {
            ("CHN", "cooperatesWith", "RUS", "asserted"),
            ("putin", "meetsWith", "xi", "asserted"),
            ("putin", "alliedWith", "xi", "asserted"),
            ("putin", "supports", "CHN", "asserted"),
            ("CHN", "suppliesTechnologyTo", "RUS", "claimed"),
            ("JPN", "cooperatesWith", "PHL", "expected"),
        },
        "forbid": {("CHN", "suppliesWeaponsTo", "RUS"), ("CHN", "providesAidTo", "RUS"), ("JPN", "opposes", "PHL")},
    },
    "israel-iran-2024-10-26.txt": {
        "expect": {
            ("ISR", "attacks", "IRN", "asserted"),
            ("IRN", "attacks", "ISR", "asserted"),
            ("HEZBOLLAH", "attacks", "ISR", "asserted"),
            ("IRN", "supports", "HEZBOLLAH", "asserted"),
            ("USA", "suppliesWeaponsTo", "ISR", "asserted"),
        },
        "forbid": {("USA", "attacks", "IRN"), ("RUS", "opposes", "ISR"), ("CHN", "opposes", "ISR"), ("ISR", "attacks", "USA")},
    },
    "chips-2024-12-03.txt": {
        "expect": {
            ("USA", "imposesSanctionsOn", "CHN", "asserted"),
            ("CHN", "accuses", "USA", "asserted"),
            ("KOR", "suppliesTechnologyTo", "CHN", "claimed"),
        },
        "forbid": {("USA", "suppliesTechnologyTo", "CHN"), ("CHN", "suppliesTechnologyTo", "USA"), ("TWN", "suppliesTechnologyTo", "CHN")},
    },
    "nato-sweden-2024-01-24.txt": {
        "expect": {
            ("erdogan", "accuses", "SWE", "asserted"),
            ("biden", "suppliesWeaponsTo", "TUR", "expected"),
        },
        # Erdogan 'blocked the bid': no sanctions, so no blocksSanctionsOn
        "forbid": {("TUR", "blocksSanctionsOn", "SWE"), ("erdogan", "blocksSanctionsOn", "SWE"), ("HUN", "opposes", "SWE")},
    },
    "essequibo-2023-12-14.txt": {
        "expect": {
            ("GUY", "meetsWith", "VEN", "asserted"),
            ("USA", "supports", "GUY", "asserted"),
            ("VEN", "accuses", "USA", "asserted"),
        },
        "forbid": {("BRA", "meetsWith", "VEN"), ("USA", "attacks", "GUY"), ("USA", "attacks", "VEN")},
    },
    "patrol-boats-2024-11-05.txt": {
        "expect": {
            ("JPN", "suppliesWeaponsTo", "PHL", "expected"),
            ("JPN", "cooperatesWith", "PHL", "asserted"),
            ("USA", "supports", "PHL", "asserted"),
        },
        "forbid": {("CHN", "suppliesWeaponsTo", "PHL"), ("PHL", "attacks", "CHN")},
    },
    "shoigu-pyongyang-2023-07-27.txt": {
        "expect": {
            ("kim_jong_un", "meetsWith", "shoigu", "asserted"),
            ("PRK", "suppliesWeaponsTo", "WAGNER", "claimed"),
        },
        # 'delivered a letter' carries no item; 'sent a delegation' is no transfer
        "forbid": {("shoigu", "suppliesWeaponsTo", "kim_jong_un"), ("CHN", "suppliesWeaponsTo", "PRK"), ("KCNA", "suppliesWeaponsTo", "WAGNER")},
    },
    "red-sea-2024-01-12.txt": {
        "expect": {
            ("USA", "attacks", "HOUTHI", "asserted"),
            ("GBR", "attacks", "HOUTHI", "asserted"),
            ("IRN", "supports", "HOUTHI", "asserted"),
            ("HOUTHI", "threatens", "USA", "expected"),
        },
        "forbid": {("IRN", "attacks", "HOUTHI"), ("AUS", "attacks", "HOUTHI"), ("SAU", "opposes", "HOUTHI")},
    },
    "modi-moscow-2024-07-09.txt": {
        "expect": {
            ("modi", "visits", "RUS", "asserted"),
            ("modi", "meetsWith", "putin", "asserted"),
            ("IND", "cooperatesWith", "RUS", "asserted"),
            ("IND", "opposes", "RUS", "negated"),
        },
        "forbid": {("modi", "attacks", "UKR"), ("IND", "attacks", "UKR"), ("USA", "visits", "RUS")},
    },
    "taiwan-strait-2024-08-20.txt": {
        "expect": set(),
        "forbid": {("CHN", "suppliesWeaponsTo", "TWN"), ("TWN", "attacks", "CHN"), ("JPN", "cooperatesWith", "PHL")},
    },
    "patriot-2024-04-13.txt": {
        "expect": {
            ("DEU", "suppliesWeaponsTo", "UKR", "expected"),
            ("scholz", "suppliesWeaponsTo", "UKR", "negated"),
        },
        "forbid": {("RUS", "suppliesWeaponsTo", "UKR"), ("NATO", "attacks", "RUS")},
    },
}


def _article(name: str):
    path = DATA / name
    date = re.search(r"\d{4}-\d{2}-\d{2}", name).group(0)
    return read(path.read_text(encoding="utf-8"), date=date, doc_id=path.stem)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_article(name):
    """Every statement a reader takes from the article that the engine can read, and none of the traps."""
    statements = _article(name)
    got = triples(statements)
    # a status may be a tuple: the first is right, the others are tolerated where the engine does
    # not yet read the English attribution (see the xfails); one of them must be there
    missing = [t for t in ARTICLES[name]["expect"]
               if not any(norm(*t[:3], st) in got for st in ((t[3],) if isinstance(t[3], str) else t[3]))]
    assert not missing, f"missing {sorted(missing, key=str)}; got {sorted(got)}"
    plain = {(s, p, o) for s, p, o, _ in got}
    forbidden = {norm(*t, "")[:3] for t in ARTICLES[name]["forbid"]}
    assert not (plain & forbidden), f"unexpected {sorted(plain & forbidden)}"
    for st in statements:  # evidence: the offsets point at the sentence the statement came from
        text = (DATA / name).read_text(encoding="utf-8")
        assert text[st.start : st.end] == st.sentence
        assert st.doc == (DATA / name).stem


ARTICLE_GAPS = [
    pytest.param("troops-2024-10-25.txt", ("PRK", "suppliesWeaponsTo", "RUS", "claimed"), id="troops:PRK-suppliesWeaponsTo-RUS"),
    pytest.param("chips-2024-12-03.txt", ("trump", "meetsWith", "xi", "expected"), id="chips:trump-meetsWith-xi"),
    pytest.param("essequibo-2023-12-14.txt", ("ali", "meetsWith", "maduro", "asserted"), id="essequibo:ali-meetsWith-maduro"),
    pytest.param("shoigu-pyongyang-2023-07-27.txt", ("PRK", "cooperatesWith", "RUS", "claimed"), id="shoigu:PRK-cooperatesWith-RUS"),
    pytest.param("taiwan-strait-2024-08-20.txt", ("USA", "suppliesWeaponsTo", "TWN", "asserted"), id="taiwan:USA-suppliesWeaponsTo-TWN"),
    pytest.param("beijing-summit-2024-05-16.txt", ("EU", "imposesSanctionsOn", "RUS", "expected"), id="beijing:EU-imposesSanctionsOn-RUS"),
    pytest.param("beijing-summit-2024-05-16.txt", ("HUN", "blocksSanctionsOn", "RUS", "expected"), id="beijing:HUN-blocksSanctionsOn-RUS"),
]


@pytest.mark.parametrize("name,statement", ARTICLE_GAPS)
def test_article_gap(name, statement):
    assert norm(*statement) in triples(_article(name))


def test_article_dates_come_from_the_sentence_or_stay_empty():
    by = {(s.subject.key, s.predicate, s.object.key, s.status): s for s in _article("sanctions-2024-03-04.txt")}
    assert by[("PRK", "suppliesWeaponsTo", "RUS", "claimed")].date == "2023"  # 'since last year'
    assert by[("USA", "imposesSanctionsOn", "IRN", "asserted")].date is None


def test_lexicon_is_complete_and_english():
    """The English lexicon has every file and cue key the Indonesian one has, and no Indonesian cue words."""
    import json

    from kg.config import ontology_dir

    en, id_ = ontology_dir() / "lexicon" / "en", ontology_dir() / "lexicon" / "id"
    optional = {"glue.json"}  # the splitter of glued words serves the Indonesian tokenizer only
    assert {p.name for p in id_.iterdir()} - optional <= {p.name for p in en.iterdir()}
    cues_en = json.loads((en / "cues.json").read_text(encoding="utf-8"))
    cues_id = json.loads((id_ / "cues.json").read_text(encoding="utf-8"))
    missing = set(cues_id) - set(cues_en) - {"_comment"}
    assert not missing, f"cue keys missing in en: {sorted(missing)}"
    assert set(cues_id["coref"]) <= set(cues_en["coref"])
    indonesian = {"dan", "oleh", "yang", "bahwa", "akan", "tidak", "kata", "menurut"}
    for key, words in cues_en.items():
        if isinstance(words, list):
            assert not (set(words) & indonesian), key


# ---------------------------------------------------------------------------- the command line
def test_kg_explain_in_english():
    from click.testing import CliRunner

    from kg.cli import _register, cli

    _register()
    r = CliRunner().invoke(cli, ["explain", "--lang", "en", "Russia was sanctioned by the EU."])
    assert r.exit_code == 0, r.output
    assert "'EU' -> EU" in r.output
    assert "voice=participle" in r.output
    assert "EU --imposesSanctionsOn--> RUS  status=asserted" in r.output and "sanction.verb:passive" in r.output


def test_kg_extract_english_articles_as_jsonl():
    import json

    from click.testing import CliRunner

    from kg.cli import _register, cli

    _register()
    r = CliRunner().invoke(cli, ["extract", str(DATA), "--lang", "en", "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines() if line.strip()]
    got = {(x["doc"], x["subject"]["key"], x["predicate"], x["object"]["key"], x["status"]) for x in rows}
    assert ("drones-2023-11-02", "DEU", "suppliesWeaponsTo", "UKR", "asserted") in got
    assert ("sanctions-2024-03-04", "PRK", "suppliesWeaponsTo", "RUS", "claimed") in got
    assert {x["doc"] for x in rows} <= {p.stem for p in DATA.glob("*.txt")}
    assert len({x["doc"] for x in rows}) >= len(ARTICLES) - 1  # the Taiwan article has nothing the engine reads yet


# ---------------------------------------------------------------------------- gazetteer coverage
GAZETTEER_CASES = [
    # ministers, leaders and groups of 2023-2026 news, with demonyms before their titles
    ("South Korean Foreign Minister Cho Tae-yul met his Japanese counterpart Takeshi Iwaya in Tokyo.", ("cho_tae_yul", "meetsWith", "iwaya", "asserted")),
    ("Hezbollah leader Naim Qassem threatened Israel.", ("naim_qassem", "threatens", "ISR", "asserted")),
    ("The Treasury Department sanctioned the Houthis on Friday.", ("US_TREASURY", "imposesSanctionsOn", "HOUTHI", "asserted")),
    ("Russian forces attacked Kharkiv overnight.", ("RUS", "attacks", "UKR", "asserted")),
    ("Nigerian President Bola Tinubu visited Beijing in September.", ("tinubu", "visits", "CHN", "asserted")),
    ("Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali met in St. Vincent.", ("ali", "meetsWith", "maduro", "asserted")),
]


@pytest.mark.parametrize("text,expected", GAZETTEER_CASES)
def test_gazetteer_names_actors_of_the_news(text, expected):
    assert norm(*expected) in triples(read(text))


def test_regions_and_media_named_after_states_are_not_states():
    assert not triples(read("Latin American and South American leaders met in Brasilia."))
    got = triples(read("Voice of America reported that Russia attacked Kharkiv."))
    assert got == {("RUS", "attacks", "UKR", "claimed")}


def test_a_bid_to_join_is_expected():
    got = triples(read("Turkey has backed Sweden's bid to join NATO."), roles=True)
    assert ("SWE", "memberOf", "NATO", "expected") in got and ("TUR", "supports", "SWE", "asserted") in got, got


def test_joining_an_organisation_is_membership():
    got = triples(read("Sweden joined NATO in March 2024."), roles=True)
    assert ("SWE", "memberOf", "NATO", "asserted") in got
    got = triples(read("Spain joined South Africa's case at the International Court of Justice."), roles=True)
    assert not [t for t in got if t[1] == "memberOf"], got


def test_joining_sanctions_or_a_partner_is_no_membership():
    got = triples(read("Serbia declined to join EU sanctions on Russia."), roles=True)
    assert not [t for t in got if t[1] == "memberOf"] and ("EU", "imposesSanctionsOn", "RUS", "asserted") in got, got
    got = triples(read("Japan joined the European Union in sanctioning Moscow over the invasion."), roles=True)
    assert not [t for t in got if t[1] == "memberOf"] and ("JPN", "imposesSanctionsOn", "RUS", "asserted") in got, got


def test_an_apposed_membership_is_a_role():
    got = triples(read("Turkey, a NATO member, has refused to impose sanctions on Russia."), roles=True)
    assert ("TUR", "memberOf", "NATO", "asserted") in got and ("TUR", "imposesSanctionsOn", "RUS", "negated") in got, got
    got = triples(read("Turkey, a NATO ally, bought Russian S-400 missiles."), roles=True)
    assert ("TUR", "memberOf", "NATO", "asserted") in got and ("RUS", "suppliesWeaponsTo", "TUR", "asserted") in got, got


def test_apposition_is_the_writers_not_the_speakers():
    st = _one("China, North Korea's main ally, said it was not aware of the situation.", "CHN", "alliedWith", "PRK")
    assert st.status == "asserted"


def test_dateline_with_agency_is_not_an_actor():
    got = triples(read("WASHINGTON (AP) — The Pentagon said it would send more troops."))
    assert not got
    assert triples(read("WASHINGTON (AP) — Israel struck Iran on Saturday.")) == {("ISR", "attacks", "IRN", "asserted")}


def test_sanctioned_firms_accused_of_shipping_are_the_shippers():
    """The firms ship, not the sanctioner; and firms are not their state, so nobody is credited."""
    got = triples(read("The United States on Tuesday imposed sanctions on Iranian entities accused of shipping drones to Russia."))
    assert not any(s == "USA" and p == "suppliesWeaponsTo" for s, p, _, _ in got), got
    got = triples(read("Washington sanctioned two Chinese companies suspected of supplying drone parts to Russia."))
    assert not any(s == "USA" and p == "suppliesWeaponsTo" for s, p, _, _ in got), got


def test_a_veto_of_the_package_named_before():
    got = triples(read("The EU is preparing new sanctions against Iran. Hungary vetoed the package."))
    assert ("HUN", "blocksSanctionsOn", "IRN", "asserted") in got, got
    assert not triples(read("Hungary vetoed the package."))


@pytest.mark.parametrize("text, blockers, kept", [
    ("Turkey blocked new sanctions on Russia.", {"TUR"}, set()),
    ("China and Russia vetoed a U.S.-drafted resolution that would have imposed sanctions on North Korea.", {"CHN", "RUS"}, set()),
    ("Hungary vetoed new EU sanctions on Russia.", {"HUN"}, {("EU", "imposesSanctionsOn", "RUS", "negated")}),
])
def test_the_blocker_is_not_the_imposer(text, blockers, kept):
    got = triples(read(text))
    assert {s for s, p, _, _ in got if p == "blocksSanctionsOn"} == blockers, got
    assert not {s for s, p, _, _ in got if p == "imposesSanctionsOn"} & blockers, got
    assert kept <= got, got


@pytest.mark.parametrize("text,expected", [
    # a relative clause followed by ', said ...' with no speaker is the writer's
    ("Biden, who met Xi in November, said the talks were constructive.", ("biden", "meetsWith", "xi", "asserted")),
    # 'has not confirmed that': the negation is the matrix verb's; what is unconfirmed is claimed
    ("North Korea has not confirmed that it sent troops to Russia.", ("PRK", "suppliesWeaponsTo", "RUS", "claimed")),
    # a copula before the ally noun
    ("The United States is Israel's closest ally.", ("ISR", "alliedWith", "USA", "asserted")),
    ("Russia supplied drones to Iran, said a senior official.", ("RUS", "suppliesWeaponsTo", "IRN", "claimed")),
])
def test_status_and_copula(text, expected):
    assert norm(*expected) in triples(read(text))


def test_the_three_leaders():
    got = triples(read("Biden hosted Kishida and Marcos at the White House. The three leaders agreed to expand maritime cooperation."))
    assert ("kishida", "cooperatesWith", "marcos", "expected") in got, got


def test_the_leaders_are_the_two_the_text_speaks_of_most():
    text = ("Russian President Vladimir Putin hosted Chinese leader Xi Jinping at the Kremlin on Tuesday. "
            "Xi's state visit to Russia was his first since the war began. Putin praised Xi. "
            "Japanese Prime Minister Fumio Kishida made a surprise visit to Kyiv on the same day. "
            "The leaders also agreed to expand cooperation in energy.")
    got = triples(read(text))
    assert ("putin", "cooperatesWith", "xi", "expected") in got or norm("putin", "cooperatesWith", "xi", "expected") in got, got
    assert not any("kishida" in (s, o) and p == "cooperatesWith" for s, p, o, _ in got), got


def test_names_listed_respectively_do_not_cut_the_coordinated_subject():
    # 'X and his A and B counterparts, N1 and N2, respectively, met': the names list the counterparts one by one,
    # so the subject is X and the counterparts' states, not the last name of the list
    got = triples(read("Malaysian foreign minister Mohamad Hasan and his Thai and Philippine counterparts, "
                       "Maris Sangiampongsa and Enrique Manalo, respectively, met in Jakarta on Monday.", "2025-03-03"))
    assert {("PHL", "meetsWith", "mohamad_hasan", "asserted"), ("THA", "meetsWith", "mohamad_hasan", "asserted"),
            ("PHL", "meetsWith", "THA", "asserted")} <= got
