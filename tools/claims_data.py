"""Writes claims.csv: popular claims from the seed articles, paraphrased, with a verdict and the evidence.

Verdicts: SUPPORTED, PARTLY, OVERSTATED, CONTRADICTED, UNSOURCED. study_keys name rows of studies.csv;
source_keys name rows of k2-literature/sources.csv and, with food_words, pick the food values behind a claim.
Food-table rows restate ../k2-literature/claims_check.csv in this project's words.
Run: python3 tools/claims_data.py
"""
import csv

COLUMNS = ["id", "kind", "claim", "seeds", "verdict", "why", "study_keys", "source_keys", "food_words"]
C = []
def claim(**kw):
    C.append(kw)

claim(id="natto-reverses-osteoporosis", kind="HEALTH", claim="Eating natto reverses osteoporosis.", seeds="000",
      verdict="OVERSTATED",
      why="Natto eaters lost bone more slowly and had fewer fractures in Japanese cohorts, but no trial shows natto or MK-7 rebuilding lost bone, and natto-capsule MK-7 did not slow bone loss in a trial.",
      study_keys="IKEDA2006;KOJIMA2020;EMAUS2010;MOTT2019", source_keys="", food_words="")
claim(id="natto-80-percent", kind="HEALTH", claim="Women eating natto four or more times a week lost 80% less hip bone.", seeds="000",
      verdict="PARTLY",
      why="The cohort did find slower femoral-neck loss with more natto, but the 80% and 60% figures are not in the abstract, and an observational link cannot show that natto caused it.",
      study_keys="IKEDA2006", source_keys="", food_words="")
claim(id="optimum-45-mg", kind="HEALTH", claim="45 mg of K2 a day is the optimum dose for bone.", seeds="002",
      verdict="OVERSTATED",
      why="45 mg is the Japanese prescription dose of the drug menatetrenone (MK-4), hundreds of times any intake reference. Outside Japan, 45 mg MK-4 did not change bone density, and pooled robust trials show no clear effect.",
      study_keys="ORIMO1992;SHIRAKI2000;KNAPEN2007;BINKLEY2009;MOTT2019", source_keys="", food_words="")
claim(id="mk4-spine-trial", kind="HEALTH", claim="In a Japanese trial, 45 mg K2 kept spinal bone loss to about half a percent in two years.", seeds="002",
      verdict="PARTLY",
      why="The figures match an open-label trial in patients with osteoporosis (-0.5% vs -3.3%), but it had no placebo, used a drug dose, and later reviews give such trials little weight.",
      study_keys="SHIRAKI2000;MOTT2019", source_keys="", food_words="")
claim(id="calcification-halved", kind="HEALTH", claim="People with the most K2 had half the arterial calcification and half the heart events.", seeds="000",
      verdict="PARTLY",
      why="The Rotterdam cohort did report roughly halved risks in the top third of K2 intake, but as an association. A placebo-controlled MK-7 trial did not reduce artery calcification.",
      study_keys="GELEIJNSE2004;BEULENS2009;ZWAKENBERG2019", source_keys="", food_words="")
claim(id="nine-percent-per-10ug", kind="HEALTH", claim="Every 10 µg of K2 cuts heart disease risk by 9%.", seeds="000",
      verdict="OVERSTATED",
      why="One cohort of Dutch women found a hazard ratio of 0.91 per 10 µg a day with an interval reaching 1.00. That is a borderline association, not a measured effect of eating more K2.",
      study_keys="GAST2009", source_keys="", food_words="")
claim(id="k2-memory", kind="HEALTH", claim="Vitamin K2 protects memory.", seeds="000",
      verdict="OVERSTATED",
      why="The study cited measured total dietary vitamin K, mostly K1, in 160 older adults at one time point and found fewer memory complaints with higher intake. It does not test K2.",
      study_keys="SOUTIF2016", source_keys="", food_words="")
claim(id="k2-cancer", kind="HEALTH", claim="K2 prevents cancer.", seeds="000",
      verdict="OVERSTATED",
      why="In one German cohort more K2 went with lower cancer death but not clearly fewer cancers; a K1 trial saw fewer cancers only as a small secondary finding.",
      study_keys="NIMPTSCH2010;JUANOLA2014;CHEUNG2008", source_keys="", food_words="")
claim(id="k2-mortality", kind="HEALTH", claim="More dietary K2 reduced deaths from heart disease, cancer and other causes.", seeds="003",
      verdict="OVERSTATED",
      why="In the Spanish cohort, raising K1 or K2 intake went with fewer deaths overall, but fewer heart deaths were linked only to K1, and an observational study cannot show that the vitamin reduced deaths.",
      study_keys="JUANOLA2014", source_keys="", food_words="")
claim(id="statins-block-k2", kind="HEALTH", claim="Statins block K2 and calcify arteries.", seeds="003",
      verdict="OVERSTATED",
      why="This rests on a perspective article that argues from mechanisms without new data.",
      study_keys="OKUYAMA2015", source_keys="", food_words="")
claim(id="mk7-lasts-longer", kind="HEALTH", claim="MK-7 stays in the blood longer than other forms and works better for bones and heart.", seeds="001",
      verdict="PARTLY",
      why="MK-7 does stay in blood far longer and builds up with daily intake, while MK-4 at food amounts was not detectable. Better bone or heart outcomes from that have not been shown.",
      study_keys="SCHURGERS2007;SATO2012", source_keys="", food_words="")
claim(id="warfarin-caution", kind="HEALTH", claim="People on warfarin should be careful with K2 supplements and natto.", seeds="003;004",
      verdict="SUPPORTED",
      why="As little as 10 µg MK-7 a day shifted clotting tests in some anticoagulated volunteers, and MK-7 accumulates with daily use. Talk to your clinician before changing intake.",
      study_keys="THEUWISSEN2013;SCHURGERS2007", source_keys="", food_words="")
claim(id="ucoc-fracture-marker", kind="HEALTH", claim="Poorly carboxylated osteocalcin goes with hip fractures.", seeds="000",
      verdict="SUPPORTED",
      why="In very old women, raised undercarboxylated osteocalcin predicted hip fracture. It is a risk marker; it does not show that vitamin K supplements prevent fractures.",
      study_keys="SZULC1993", source_keys="", food_words="")
claim(id="low-k-hip-fracture", kind="HEALTH", claim="Low vitamin K intake goes with more hip fractures.", seeds="000",
      verdict="SUPPORTED",
      why="Two large cohorts found more hip fractures with the lowest intakes, but the vitamin K was mostly K1 from greens, bone density was not affected, and the link is observational.",
      study_keys="BOOTH2000;FESKANICH1999;BOOTH2003", source_keys="", food_words="")
claim(id="mk7-50-100-builds-bone", kind="HEALTH", claim="50 to 100 µg of MK-7 a day builds bone and keeps arteries clear.", seeds="004",
      verdict="OVERSTATED",
      why="No trial tested 50-100 µg. At 180 µg a day bone loss slowed slightly and arteries stiffened less; at 360-375 µg bone density did not change and calcification was not reduced.",
      study_keys="KNAPEN2013;KNAPEN2015;EMAUS2010;RONN2016;ZWAKENBERG2019", source_keys="", food_words="")
claim(id="k1-to-k2-inefficient", kind="HEALTH", claim="The body turns only a little K1 into K2.", seeds="001",
      verdict="UNSOURCED",
      why="The seed gives no source, and no study in this catalog measures how much K1 becomes MK-4 in people.",
      study_keys="", source_keys="", food_words="")
claim(id="western-k2-deficiency", kind="HEALTH", claim="Most people in Western countries are deficient in K2.", seeds="001;004",
      verdict="UNSOURCED",
      why="No K2 requirement has been set by the authorities checked here, so deficiency cannot be defined; no study in this catalog measures it.",
      study_keys="", source_keys="", food_words="")
claim(id="deficiency-below-250", kind="HEALTH", claim="Deficiency symptoms start below 250-300 µg of K2 a day.", seeds="002",
      verdict="UNSOURCED",
      why="No source is given and none was found; intake references for vitamin K are 70-120 µg a day and do not treat K2 separately.",
      study_keys="", source_keys="", food_words="")

# Food-table claims (seed 001's K2 table), checked in k2-literature/claims_check.csv.
claim(id="food-natto", kind="FOOD_VALUE", claim="Natto has 850-1100 µg MK-7 per 100 g.", seeds="001",
      verdict="PARTLY",
      why="Papers read give about 775-1000 µg per 100 g for regular natto and more for MK-7-enriched products; 850 µg is a per-85 g figure, not per 100 g.",
      study_keys="", source_keys="KAMAO2007;TSUKAMOTO2000_JBMM;TSUKAMOTO2000_JHS;ODS_VITK;SCHURGERS2000", food_words="natto")
claim(id="food-goose-liver", kind="FOOD_VALUE", claim="Goose liver pâté has 369 µg MK-4 per 100 g.", seeds="001",
      verdict="UNSOURCED",
      why="Not found in any primary text that could be read; not shown in the Foods table.",
      study_keys="", source_keys="", food_words="")
claim(id="food-chicken-liver", kind="FOOD_VALUE", claim="Chicken liver has 13-150 µg MK-4 per 100 g.", seeds="001",
      verdict="CONTRADICTED",
      why="The one value found, for braised chicken liver, is about 7 µg per 100 g, below the claimed lowest figure; nothing supports 150.",
      study_keys="", source_keys="ODS_VITK", food_words="liver")
claim(id="food-beef-liver", kind="FOOD_VALUE", claim="Beef liver has 11-106 µg MK-4 per 100 g.", seeds="001",
      verdict="UNSOURCED",
      why="No beef-liver MK-4 number was found; the K2 in beef liver is reported to be mostly long-chain MK-11 to MK-13, not MK-4.",
      study_keys="", source_keys="BEEFVAR_FS14;KOIVU2000", food_words="beef liver")
claim(id="food-aged-cheese", kind="FOOD_VALUE", claim="Aged cheeses have 50-80 µg MK-8/MK-9 per 100 g.", seeds="001",
      verdict="PARTLY",
      why="Measured cheese totals range from under 1 to over 100 µg per 100 g depending on cheese and method; 50-80 fits some cheeses, and the MK-8/MK-9 split was not confirmed.",
      study_keys="", source_keys="WALTHER2021_IDJ;HOJO2007;FU2017_CDN;JENSEN2021_FOODS;VERMEER2018", food_words="cheese")
claim(id="food-eel", kind="FOOD_VALUE", claim="Eel has 63 µg MK-4 per 100 g.", seeds="001",
      verdict="UNSOURCED",
      why="No source found; a Korean conger eel study (a different fish) found under 1 µg per 100 g.",
      study_keys="", source_keys="", food_words="")
claim(id="food-soft-cheese", kind="FOOD_VALUE", claim="Soft cheeses have 35-60 µg MK-8/MK-9 per 100 g.", seeds="001",
      verdict="UNSOURCED",
      why="No primary per-form values were found, and a US analysis of soft cheese reported far higher total vitamin K, mostly MK-9 to MK-11.",
      study_keys="", source_keys="", food_words="")
claim(id="food-egg-yolk", kind="FOOD_VALUE", claim="Pasture-raised egg yolk has 15-32 µg MK-4 per 100 g.", seeds="001",
      verdict="UNSOURCED",
      why="No pasture-raised egg data were found; the circulating figures compare countries, not farming methods.",
      study_keys="", source_keys="", food_words="")
claim(id="food-butter", kind="FOOD_VALUE", claim="Butter has 15 µg MK-4 per 100 g.", seeds="001",
      verdict="UNSOURCED",
      why="No primary value could be read.",
      study_keys="", source_keys="", food_words="")
claim(id="food-miso-tempeh", kind="FOOD_VALUE", claim="Miso and tempeh have 10-30 µg MK-7 per 100 g.", seeds="001",
      verdict="UNSOURCED",
      why="No analysis of miso or tempeh was found.",
      study_keys="", source_keys="", food_words="")
claim(id="food-sauerkraut", kind="FOOD_VALUE", claim="Sauerkraut and kimchi have 2-5 µg MK-7 per 100 g.", seeds="001",
      verdict="UNSOURCED",
      why="Only an unidentified, garbled copy of a review gave a sauerkraut figure, without the form; no kimchi data.",
      study_keys="", source_keys="", food_words="")
claim(id="food-natto-pack", kind="FOOD_VALUE", claim="A pack of natto has about 350 µg MK-7.", seeds="000",
      verdict="PARTLY",
      why="Measured natto values give about 310-380 µg in a 40 g pack, so it holds for that pack size; larger packs give more.",
      study_keys="IKEDA2006", source_keys="KAMAO2007;TSUKAMOTO2000_JBMM;TSUKAMOTO2000_JHS", food_words="natto")

with open("src/main/resources/k2explorer/data/studies/claims.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for c in C:
        w.writerow({k: c.get(k, "") for k in COLUMNS})
print(len(C), "claims")
