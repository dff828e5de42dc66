"""Writes claims.csv: every checkable claim of the five seed articles, paraphrased, with a verdict and its evidence.

One row per claim of ../shared/design/seed-claims.csv (the inventory; copied to data/studies/seed-claims.csv after
a check that it repeats no 8-word run of the seeds). A claim made in several articles is one row listing every
article and inventory id. Verdicts: SUPPORTED, PARTLY, OVERSTATED, CONTRADICTED, UNSOURCED. Safety claims
(warfarin and other anticoagulants, vitamin D dose, calcium, strontium, nattokinase, stopping medicines) carry a
takeaway: what a person should and should not conclude.

Evidence columns: studies_for / studies_against / studies_context name rows of studies.csv (a study marked
verified="no" may never be cited); food_ids name catalog foods (docs/data-contracts.md: usda:<ndb>, k2c:<slug>,
ciqual:<code>, lit:<source>:<slug>); source_keys name rows of k2-literature/sources.csv; panel names a learn panel.

Every food id must exist in ../shared/data. Ids whose source is not bundled with the app yet (the catalog is being
rebuilt with USDA SR28, the compiled table and Ciqual 2020) are left out of the file and listed as pending; run
again once those sources are bundled. --strict fails instead when anything is pending.
Run (project root, ../shared beside it): python3 tools/studies_data.py && python3 tools/claims_data.py
"""
import csv
import hashlib
import pathlib
import re
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = ROOT / "src/main/resources/k2explorer/data"
OUT = DATA / "studies/claims.csv"
INVENTORY = SHARED / "design/seed-claims.csv"
INVENTORY_COPY = DATA / "studies/seed-claims.csv"
PANELS = ROOT / "src/main/resources/k2explorer/learn/panels.txt"

COLUMNS = ["id", "inventory_ids", "kind", "safety", "claim", "seeds", "seed_figure", "verdict", "why", "takeaway",
           "studies_for", "studies_against", "studies_context", "food_ids", "source_keys", "panel",
           "seed_table_row"]
KINDS = {"food content": "FOOD_CONTENT", "dose": "DOSE", "trial result": "TRIAL", "cohort result": "COHORT",
         "mechanism": "MECHANISM", "safety/warfarin": "SAFETY", "intake": "INTAKE", "other (history)": "OTHER"}
VERDICTS = {"SUPPORTED", "PARTLY", "OVERSTATED", "CONTRADICTED", "UNSOURCED"}

C = []


def claim(id, inv, claim, verdict, why, kind=None, safety=False, takeaway="", sfor="", against="", ctx="",
          foods="", sources="", panel="", row="", figure=""):
    C.append(dict(id=id, inv=inv, kind=kind, safety=safety, claim=claim, verdict=verdict, why=why,
                  takeaway=takeaway, sfor=sfor, against=against, ctx=ctx, foods=foods, sources=sources,
                  panel=panel, row=row, figure=figure))


# ======================================================================================== safety claims (sort first)

claim("warfarin-caution", "S-WARFK2",
      "People on warfarin should check with their doctor before taking K2 or eating natto, which can interfere; K2 itself does not thin the blood and is well tolerated.",
      "SUPPORTED",
      "As little as 10-20 µg MK-7 a day moved the INR of anticoagulated volunteers, and the study's authors advise people on such drugs to avoid MK-7 supplements; K2 is not a blood thinner, and no upper limit for vitamin K was set because no harm was seen at higher intakes.",
      safety=True,
      takeaway="Do conclude: on warfarin or another vitamin K antagonist, a K2 supplement or a new natto habit can lower your INR within days, so agree any change with your anticoagulation clinic and keep it steady. Do not conclude: that K2 thins the blood or can stand in for your medicine. Newer anticoagulants that do not act through vitamin K are affected differently; ask which one you take.",
      sfor="THEUWISSEN2013;SCHURGERS2007;IOM2001_VITK", ctx="SCONCE2007;INOUE2009",
      foods="lit:KAMAO2007:natto;k2c:natto", panel="warfarin")

claim("warfarin-limit-greens", "S-WARFK1",
      "People taking warfarin should cut down on vitamin K1 and green vegetables, because K1 works against the drug.",
      "OVERSTATED",
      "K1 does counteract warfarin, but what keeps the INR stable is a steady intake, not a low one: in a randomised trial, adding 150 µg K1 a day made unstable patients' anticoagulation steadier, not worse.",
      safety=True,
      takeaway="Do conclude: eat greens in similar amounts from week to week, and tell your clinic before a big change in diet or a new supplement. Do not conclude: that you must avoid greens; dropping them suddenly can push your INR up and raise the risk of bleeding.",
      sfor="THEUWISSEN2013", against="SCONCE2007", ctx="IOM2001_VITK",
      foods="usda:11233;usda:11161;usda:11457;usda:11147;usda:11297", panel="warfarin")

claim("warfarin-osteoporosis", "S-WARFBONE",
      "Warfarin (Coumadin) raises the risk of osteoporosis, which is one more reason to stay off it.",
      "OVERSTATED",
      "Whether warfarin weakens bone is uncertain: one registry found more fractures in men after a year of use, but a matched study of over 20,000 older people and a study of 5,500 men found no difference; and warfarin prevents about two strokes in three in atrial fibrillation.",
      safety=True,
      takeaway="Do conclude: if you take warfarin and worry about your bones, raise it with your prescriber; bone checks, and for some people a different anticoagulant, are options they can weigh. Do not conclude: that you should stop or skip warfarin; it is prescribed to prevent strokes and clots, and stopping it on your own is dangerous.",
      sfor="GAGE2006", against="MISRA2014;WOO2008", ctx="HART2007", panel="warfarin")

claim("warfarin-rat-poison", "S-WARFRAT",
      "Coumadin is a rat poison that stops vitamin K from making clotting proteins in the liver.",
      "PARTLY",
      "The mechanism is right: warfarin blocks the recycling of vitamin K, so fewer clotting factors are activated; calling it a rat poison says nothing about its medical use, where the dose is set and checked with INR tests, and it prevents strokes in atrial fibrillation.",
      safety=True,
      takeaway="Do conclude: warfarin works against vitamin K, so how much vitamin K you eat matters while you take it. Do not conclude: that the drug is unsafe at the dose your clinician sets and monitors, or that you should stop it.",
      sfor="GAGE2006;THEUWISSEN2013", ctx="HART2007", panel="warfarin")

claim("nattokinase-clots", "S-NATTOKINASE",
      "Natto supplies the enzyme nattokinase, which prevents blood clots.",
      "OVERSTATED",
      "Nattokinase does come from natto, but no trial we read shows it prevents clots: in a three-year placebo-controlled trial, nattokinase supplements changed no clotting or clot-breakdown test and did not slow artery-wall thickening.",
      safety=True,
      takeaway="Do conclude: nattokinase has not been shown to prevent clots or strokes. Do not conclude: that natto or nattokinase can replace a prescribed anticoagulant or aspirin; the trial left out people taking such drugs, so ask before combining them.",
      against="HODIS2021", panel="warfarin")

claim("d3-5000-with-k2", "S-D3DOSE",
      "Take about 5,000 IU of vitamin D3 with about 100 µg of MK-7 every day to meet the needs of bones and arteries.",
      "CONTRADICTED",
      "5,000 IU a day is above the 4,000 IU upper limit set for adults taking vitamin D long term without supervision (the recommended intake is 600-800 IU), and no trial shows that the pair meets any need: 720 µg MK-7 with vitamin D did not slow valve calcification over two years.",
      kind="DOSE", safety=True,
      takeaway="Do conclude: more than 4,000 IU of vitamin D a day is a dose for a doctor to prescribe and monitor, not a routine supplement. Do not conclude: that 100 µg MK-7 protects your arteries; and if you take warfarin, 100 µg MK-7 is several times the 10-20 µg that shifted INR tests.",
      against="IOM2011_VITD;DIEDERICHSEN2022", ctx="THEUWISSEN2013;KNAPEN2013", panel="partners")

claim("calcium-needs-k2", "M-CAK2",
      "Anyone taking calcium or vitamin D supplements needs K2 to keep that calcium from damaging the heart and arteries.",
      "OVERSTATED",
      "No trial has tested whether K2 makes calcium supplements safer; whether the supplements harm the heart is itself unsettled, a randomised scan study found no extra coronary calcium after seven years of calcium with vitamin D, and K2 trials have not reduced calcification.",
      kind="SAFETY", safety=True,
      takeaway="Do conclude: the heart risk of calcium supplements is debated, and calcium from food, with your supplement dose reviewed by your doctor, is a cautious approach. Do not conclude: that adding K2 makes a calcium supplement safe, or stop calcium or vitamin D prescribed with osteoporosis treatment on your own.",
      against="MANSON2010;LEWIS2015;DIEDERICHSEN2022;ZWAKENBERG2019", ctx="BOLLAND2011;LEES2019",
      panel="partners")

claim("calcium-supplements-harm", "M-CAHARM",
      "Calcium supplements harden the arteries and cause other harm, and food alone provides all the calcium a person needs.",
      "OVERSTATED",
      "One pooled analysis found about a quarter more heart attacks with calcium supplements, but another using verified events found none and a randomised trial saw no more coronary calcium after seven years; whether food covers the 700-1,300 mg a day recommended depends on the diet.",
      kind="SAFETY", safety=True,
      takeaway="Do conclude: calcium from food is preferred where possible, and a supplement dose is worth reviewing with your doctor. Do not conclude: that calcium supplements are proven to calcify arteries, or stop calcium prescribed with an osteoporosis drug without advice.",
      sfor="BOLLAND2011", against="LEWIS2015;MANSON2010", ctx="IOM2011_VITD", panel="partners")

claim("bone-minerals", "M-MINERALS",
      "Calcium, magnesium, boron and strontium are excellent minerals for bone health.",
      "OVERSTATED",
      "Calcium belongs in bone care, but strontium is mainly known as the prescription drug strontium ranelate, which cut spine fractures and was then restricted in Europe because of heart attacks and blood clots; strontium supplements were never assessed, and no evidence on boron or magnesium was checked here.",
      safety=True,
      takeaway="Do conclude: calcium with vitamin D has a place in bone care, and strontium ranelate is a restricted prescription drug. Do not conclude: that strontium or boron supplements are a safe or tested alternative to osteoporosis medicine.",
      sfor="MEUNIER2004", against="EMA2014_STRONTIUM", ctx="IOM2011_VITD", panel="partners")

claim("statins-block-k2", "C-STATIN",
      "Statins increase calcification in the arteries by depleting K2 (as shown in a cardiology journal) and may harm the heart, so statin users need K2.",
      "CONTRADICTED",
      "The cardiology study found more calcium in coronary plaque on statins while the plaque itself shrank, and it did not look at vitamin K; the K2 idea comes from an opinion piece without data, and trials in 170,000 people show that statins prevent heart attacks and deaths.",
      safety=True,
      takeaway="Do conclude: plaque calcium can rise on statins while the plaque shrinks; ask your cardiologist what a scan result means for you. Do not conclude: that statins harm the heart, that you should stop them, or that you need K2 alongside them; no trial has tested that.",
      sfor="OKUYAMA2015", against="CTT2010", ctx="PURI2015", panel="partners")

claim("natto-week-small-amount", "I-NATTOSMALL",
      "Four packs of natto a week, about 1.4 mg of MK-7, is a very small amount.",
      "CONTRADICTED",
      "1.4 mg a week is about 200 µg a day, more than the 180 µg MK-7 used in the three-year bone trial and ten to twenty times the 10-20 µg a day that shifted the INR of anticoagulated volunteers.",
      safety=True,
      takeaway="Do conclude: a natto habit gives more MK-7 than most supplement trials; on warfarin-type drugs it can shift your INR markedly, so plan it with your clinic. Do not conclude: that the amount is too small to matter.",
      against="THEUWISSEN2013;KNAPEN2013", ctx="SCHURGERS2007",
      foods="lit:KAMAO2007:natto;lit:IKEDA2006_VIA_ISOFLAVONES:natto-one-pack;k2c:natto", panel="warfarin")

# ================================================================================================ trials and doses

claim("mk4-spine-trial", "K-MK4SPINE",
      "In a two-year Japanese trial, 45 mg of K2 a day held spinal bone loss to 0.5%, against 3.0% without treatment; it helped but did not stop osteoporosis.",
      "SUPPORTED",
      "The figures are those of Shiraki 2000: spine density changed by -0.5% with 45 mg MK-4 and by -3.3% in the untreated group over two years (the article gives 3.0% for the control group; the study says 3.3%). Caveats: the trial was open-label with no placebo, used a prescription drug dose, and later reviews give such trials little weight.",
      sfor="SHIRAKI2000", ctx="MOTT2019;INOUE2009")

claim("mk4-calcium-trial", "K-MK4CA",
      "A two-year Japanese trial gave women K2, calcium or both: only the combination raised spinal bone mineral, and calcium alone lost bone.",
      "UNSOURCED",
      "The article names no trial and we could not identify one with these arms; the Japanese MK-4 trials we could read were small and open-label, and the largest, with over 4,000 women, found no fewer spine fractures when MK-4 was added to calcium.",
      ctx="IWAMOTO2001;SHIRAKI2000;INOUE2009")

claim("mk4-placebo-trial", "K-MK4PLAC",
      "In a placebo-controlled Japanese trial in women with osteoporosis, calcium plus K2 raised spinal bone mineral over two years while the placebo group declined.",
      "UNSOURCED",
      "No trial matching this was named or found: the readable placebo-controlled MK-4 trial (Orimo 1998) lasted 24 weeks and measured a hand bone, not the spine; the large OF study added MK-4 to calcium and found no fewer spine fractures.",
      ctx="ORIMO1998;INOUE2009")

claim("mk4-fractures-strong-evidence", "K-MK4FX",
      "Japanese MK-4 studies show that K2 cuts fractures even without raising bone density, strong evidence that it prevents postmenopausal osteoporotic fractures.",
      "OVERSTATED",
      "Early pooled Japanese trials showed large drops in fractures, but the journal later warned that some of them were problematic; the largest trial (4,378 women) found no fewer spine fractures, and with only low-bias trials the pooled benefit was no longer significant.",
      sfor="COCKAYNE2006;SALMA2022;SHIRAKI2000", against="INOUE2009;MOTT2019", ctx="HUANG2015;MA2022;IWAMOTO2001",
      takeaway="K2 is not a substitute for prescribed osteoporosis treatment; 45 mg MK-4 is a prescription drug dose in Japan.")

claim("k2-prevents-osteoporosis", "K-BONE",
      "Vitamin K2 prevents osteoporosis and fractures and improves bone density and strength.",
      "OVERSTATED",
      "Some trials found small effects (180 µg MK-7 a day slowed bone loss at the spine and hip neck over three years, and pooled K2 trials raised spine density), but others found no change in density, and a fracture benefit has not held up in the trials at low risk of bias.",
      sfor="KNAPEN2013;MA2022;KNAPEN2007", against="EMAUS2010;RONN2016;BINKLEY2009;INOUE2009;MOTT2019",
      takeaway="K2 is not a substitute for prescribed osteoporosis treatment.", panel="gla-proteins")

claim("ronn-ucoc-trial", "K-RONN",
      "In a 12-month trial of 375 µg K2 a day, undercarboxylated osteocalcin fell by about 70% against 7% on placebo, meaning the body made osteocalcin far better.",
      "PARTLY",
      "The trial (Rønn 2016) did cut undercarboxylated osteocalcin by about two thirds, but that shows more of the osteocalcin was activated, not that more was made, and the same trial found no difference in bone density at any site.",
      sfor="RONN2016", ctx="SZULC1993;SZULC1996", panel="gla-proteins")

claim("optimum-45-mg", "K-45MG",
      "45 mg of K2 a day is the best bone dose found in Japan, about 150-180 times the recommended intake.",
      "OVERSTATED",
      "45 mg is the Japanese prescription dose of the drug menatetrenone (MK-4) and is 375-500 times the 90-120 µg reference intake, not 150-180 times; outside Japan 45 mg MK-4 did not change bone density, and the largest Japanese trial found no fewer spine fractures.",
      sfor="SHIRAKI2000", against="BINKLEY2009;KNAPEN2007;INOUE2009;MOTT2019", ctx="IOM2001_VITK;ORIMO1998",
      takeaway="45 mg MK-4 is a prescription drug dose in Japan, not a nutrition target, and not a substitute for prescribed osteoporosis treatment.")

claim("supplements-45-mg", "K-SUPP45",
      "In most countries a K2 supplement gives 45 mg per dose.",
      "UNSOURCED",
      "No survey of supplement doses was read; 45 mg is the dose of the Japanese prescription drug, while the MK-7 supplement trials used 180-720 µg a day, a few hundredths of that.",
      ctx="SHIRAKI2000;KNAPEN2013;DIEDERICHSEN2022")

claim("health-canada-300", "K-HC300",
      "Health Canada limits K2 in supplements to 300 µg, which is too little to do any good.",
      "UNSOURCED",
      "Health Canada's current limit could not be read (a 2005 proposal we saw named 120 µg a day); and 'too little to help' is not shown, since a three-year trial found 180 µg MK-7 a day slowed bone loss slightly.",
      ctx="KNAPEN2013")

claim("menatetrenone-identical", "K-MENATET",
      "Menatetrenone, used in the Japanese trials, is a synthetic K2 chemically identical to menaquinone.",
      "PARTLY",
      "Menatetrenone is MK-4, a tetraprenyl menaquinone, the same molecule as the MK-4 in animal foods; it is not the same as MK-7 from natto or other long-chain menaquinones, and how it is made was not checked here.",
      sfor="ORIMO1998", ctx="SHIRAKI2000;SATO2012", panel="k1-and-k2")

claim("mk7-50-100-builds-bone", "K-MK7DOSE",
      "50 to 100 µg of MK-7 a day builds bone and stops arterial calcification.",
      "OVERSTATED",
      "No trial tested 50-100 µg: at 180 µg a day bone loss slowed slightly and arteries stiffened less, while at 360-720 µg bone density did not change and calcification was not reduced.",
      sfor="KNAPEN2013;KNAPEN2015", against="EMAUS2010;RONN2016;ZWAKENBERG2019;DIEDERICHSEN2022", ctx="LEES2019")

claim("k2-reverses-calcification", "M-REVERSE",
      "Sustained high-dose MK-7 halts arterial calcification and can even remove existing deposits (a 2006 nutrition-journal study is credited).",
      "CONTRADICTED",
      "The trials measured it: 360 µg MK-7 for six months and 720 µg with vitamin D for two years did not reduce calcification, and valve calcification rose as much as on placebo; pooled trials suggest at most slightly slower progression; the 2006 study was not identified.",
      kind="TRIAL", sfor="LEES2019", against="ZWAKENBERG2019;DIEDERICHSEN2022;WITHAM2020", ctx="SHEA2009",
      takeaway="K2 has not been shown to clear calcium that is already in the arteries or valves.", panel="gla-proteins")

claim("k1-1000-for-osteocalcin", "I-K1000",
      "Full carboxylation of osteocalcin needs about 1,000 µg of K1 a day, which is hard to get from food.",
      "OVERSTATED",
      "The 1,000 µg figure's source was not named or read; trials giving 500 µg to 5 mg of K1 did carboxylate more osteocalcin, but bone density did not change, so a marker at its maximum is not an established need.",
      against="BINKLEY2009;BOOTH2008;CHEUNG2008", ctx="IOM2001_VITK", panel="gla-proteins")

# ================================================================================================= natto cohorts

claim("natto-reverses-osteoporosis", "N-REVERSE",
      "Eating natto prevents osteoporosis and can reverse it, hardening the bones.",
      "OVERSTATED",
      "In Japanese cohorts natto eaters lost bone more slowly and had fewer fractures, but no trial shows natto or MK-7 rebuilding lost bone, and natto-derived MK-7 capsules did not slow bone loss in a one-year trial.",
      sfor="IKEDA2006;KOJIMA2020", against="EMAUS2010;MOTT2019",
      takeaway="Natto is not a substitute for prescribed osteoporosis treatment; on warfarin it also needs your clinic's agreement.")

claim("natto-80-percent", "N-JPOS",
      "In the JPOS study (944 women, 3 years), postmenopausal women eating natto four or more times a week lost about 80% less bone at the hip neck and 60% less at the wrist.",
      "PARTLY",
      "The cohort did find slower bone loss at the femoral neck and wrist with more natto, but the 80% and 60% figures are not in the abstract, and an observational link cannot show that natto caused it.",
      sfor="IKEDA2006", ctx="KOJIMA2020")

claim("natto-benefit-grew-with-age", "N-AGE",
      "The bone benefit of natto became larger as the women got older.",
      "UNSOURCED",
      "The abstract of the study says nothing about the link growing with age, and no other source for it was found.",
      ctx="IKEDA2006")

claim("natto-itself-causal", "N-CAUSAL",
      "Because calcium and tofu or soy intake were taken into account, the benefit must come from natto itself.",
      "OVERSTATED",
      "Allowing for a few factors cannot turn an association into a cause: natto eaters may differ in other ways, although it is true that tofu and other soy foods showed no such link in the same women.",
      sfor="IKEDA2006", ctx="KOJIMA2020")

claim("natto-k2-and-isoflavones", "N-ISOFLAV",
      "Natto's effect on bone comes from its K2 plus its isoflavones, and the fermentation creates both.",
      "UNSOURCED",
      "No study here tested which part of natto acts on bone; the MK-7 does come from the fermentation (measured tofu has none), but where natto's isoflavones come from was not checked, and the cohort's authors note that MK-7 cannot be singled out.",
      ctx="IKEDA2006", foods="lit:KAMAO2007:natto;k2c:natto;k2c:cotton-tofu-hard-tofu")

claim("natto-japan-epidemiology", "N-EPI",
      "Population studies in Japan consistently link frequent natto eating with less osteoporosis and less heart disease.",
      "PARTLY",
      "For bone this holds in the JPOS cohort (slower bone loss, and fewer fractures with daily natto), but as associations; no Japanese study of natto and heart disease was found.",
      sfor="IKEDA2006;KOJIMA2020")

claim("low-k-hip-fracture", "K-LOWK1HIP",
      "A low intake of vitamin K1 goes with a higher risk of hip fracture.",
      "SUPPORTED",
      "Several cohorts found more hip fractures with the lowest K1 intakes (in Norway K2 intake showed no such link), but the vitamin K came mostly from green vegetables, bone density was not affected, and the link is observational.",
      sfor="BOOTH2000;FESKANICH1999;APALSET2011", ctx="BOOTH2003;BOOTH2008", panel="k1-and-k2")

# ============================================================================================ heart and arteries

claim("calcification-halved", "C-ROTTERDAM",
      "People with the highest K2 intake had half the arterial calcification and half the heart events over 10 years.",
      "PARTLY",
      "The Rotterdam cohort did report about halved risks in the top third of K2 intake (coronary death RR 0.43, severe aortic calcification OR 0.48), but over about 7 years, not 10, and as an association; K2 supplement trials have not reduced calcification.",
      sfor="GELEIJNSE2004;BEULENS2009", against="ZWAKENBERG2019;DIEDERICHSEN2022", ctx="LEES2019")

claim("nine-percent-per-10ug", "C-GAST",
      "Every 10 µg of K2 cuts heart disease risk by 9%.",
      "OVERSTATED",
      "One cohort of Dutch women found a hazard ratio of 0.91 per 10 µg a day with an interval reaching 1.00. That is a borderline association, not a measured effect of eating more K2.",
      sfor="GAST2009")

claim("k2-mortality", "C-MORT",
      "More dietary K2 reduced deaths from heart disease, cancer and other causes.",
      "OVERSTATED",
      "In the Spanish cohort, raising K1 or K2 intake went with fewer deaths overall, but fewer heart deaths were linked only to K1, and an observational study cannot show that the vitamin reduced deaths.",
      sfor="JUANOLA2014")

claim("k2-insufficiency-disease", "C-INSUFF",
      "A growing body of research shows that too little K2 contributes to heart disease and osteoporosis.",
      "OVERSTATED",
      "Some cohorts link higher K2 intake or better vitamin K markers with less heart disease, but others found no link with stroke or hip fracture, and trials raising K2 have not prevented either disease.",
      sfor="GELEIJNSE2004;GAST2009;LEES2019", against="VISSERS2013;APALSET2011;INOUE2009;DIEDERICHSEN2022")

claim("calcium-paradox-together", "M-PARADOX",
      "Brittle bones and calcified arteries often occur together, despite a high calcium intake.",
      "UNSOURCED",
      "No study of how often the two occur together, or of their link to calcium intake, was found or read for this claim.",
      kind="COHORT")

claim("calcification-raises-risk", "M-CACRISK",
      "Calcification stiffens the arteries, promotes high blood pressure and raises the risk of heart attack and stroke.",
      "PARTLY",
      "Coronary calcium is a strong warning sign: scores above 300 went with nearly ten times the rate of coronary events in a large cohort; that it causes high blood pressure was not checked, and lowering calcium has not been shown to lower risk.",
      sfor="DETRANO2008", ctx="GELEIJNSE2004")

# ==================================================================================================== mechanisms

claim("k2-carboxylates-gla-proteins", "M-CARBOX",
      "K2 acts as a coenzyme that activates osteocalcin and matrix Gla protein by carboxylating their glutamic-acid residues.",
      "SUPPORTED",
      "Vitamin K is the coenzyme of this carboxylation, and supplements of MK-4 or MK-7 lowered the inactive forms of both proteins; K1 does the same, so it is not a property of K2 alone.",
      sfor="IOM2001_VITK;BINKLEY2009;KNAPEN2015;BOOTH2008", panel="gla-proteins")

claim("only-k2-for-bone", "M-ONLYK2",
      "K1 only serves blood clotting; only K2 activates the bone and artery proteins, and it is far more active for bone.",
      "CONTRADICTED",
      "K1 supplements activated osteocalcin too (1 mg K1 lowered undercarboxylated osteocalcin, as 45 mg MK-4 did, and 500 µg K1 did so in a three-year trial); in Norway low K1, not K2, went with hip fracture; and tissues turn dietary K1 into MK-4.",
      against="BINKLEY2009;BOOTH2008;BOLTONSMITH2007;APALSET2011;OKANO2008", ctx="SHEA2009", panel="k1-and-k2")

claim("osteocalcin-glues-calcium", "M-OCGLUE",
      "Activated osteocalcin captures calcium from the blood and binds it into bone, raising bone density.",
      "OVERSTATED",
      "Carboxylated osteocalcin binds bone mineral, but trials that raised its activation with K1, MK-4 or MK-7 mostly found no gain in bone density, so more active osteocalcin does not simply add calcium to bone.",
      sfor="KNAPEN2013", against="BINKLEY2009;BOOTH2008;EMAUS2010;RONN2016", ctx="SZULC1993", panel="gla-proteins")

claim("mgp-strongest-inhibitor", "M-MGP",
      "Activated matrix Gla protein is the strongest known inhibitor of calcium deposits in arteries, heart valves and soft tissue.",
      "OVERSTATED",
      "Matrix Gla protein needs vitamin K to work against calcification, but 'strongest known' has no source here, and trials that activated it (dp-ucMGP fell by half or more) did not slow calcification of the arteries or valves.",
      sfor="KNAPEN2015;LEES2019", against="DIEDERICHSEN2022;ZWAKENBERG2019", panel="gla-proteins")

claim("k2-calcium-shuttle", "M-SHUTTLE",
      "K2 moves calcium out of the artery walls and into the bones, resolving the 'calcium paradox'.",
      "OVERSTATED",
      "No trial has shown calcium leaving the arteries for the bones: with MK-7, calcification of arteries and valves did not fall and bone density mostly did not rise, although pooled trials suggest calcification may progress a little more slowly.",
      sfor="LEES2019", against="DIEDERICHSEN2022;ZWAKENBERG2019;EMAUS2010;RONN2016", panel="gla-proteins")

claim("bones-made-by-k2", "M-BONEK2",
      "Bones are made by K2 rather than by calcium; without vitamin K, bones turn soft.",
      "CONTRADICTED",
      "Bone mineral is calcium phosphate, and calcium and vitamin D are the nutrients with a causal role in bone health; vitamin K is a cofactor of some bone proteins, and people whose vitamin K is blocked by warfarin did not clearly lose bone.",
      against="IOM2011_VITD;MISRA2014;WOO2008", ctx="IOM2001_VITK;GAGE2006", panel="gla-proteins")

claim("d3-needs-k2", "M-D3K2",
      "Vitamin D3 raises the production of osteocalcin and matrix Gla protein and K2 activates them, so D3 must always be taken with K2.",
      "OVERSTATED",
      "No trial shows that vitamin D needs K2 to be safe or useful: vitamin D and calcium are recommended without it, K1 with vitamin D and calcium gave only a small gain at the wrist in one trial, and MK-7 with vitamin D did not slow valve calcification.",
      sfor="BOLTONSMITH2007", against="DIEDERICHSEN2022", ctx="IOM2011_VITD;SZULC1993", panel="partners")

claim("k1-to-k2-inefficient", "M-K1CONV",
      "The body converts only a small share of K1 into K2, too little for the bones.",
      "UNSOURCED",
      "No study here measures how much K1 people turn into MK-4; mice do turn dietary K1 into tissue MK-4, and K1 itself activates osteocalcin, so 'too little for the bones' has no basis.",
      ctx="OKANO2008;IOM2001_VITK;BINKLEY2009", panel="k1-and-k2")

claim("gut-bacteria-make-k2", "M-GUT",
      "Bacteria in the gut turn the K1 we eat into K2, so good digestion supplies K2.",
      "CONTRADICTED",
      "Bowel bacteria make their own long-chain menaquinones rather than converting K1; the conversion of K1 to MK-4 is done by the body's own tissues (it happens even in germ-free animals, by way of menadione released in the gut), and good digestion was not shown to supply K2.",
      against="IOM2001_VITK;OKANO2008", panel="k1-and-k2")

claim("probiotics-strengthen-bone", "M-PROBIO",
      "Fermented foods or probiotics strengthen bone by improving the absorption of nutrients.",
      "UNSOURCED",
      "No study of probiotics or fermented foods and nutrient absorption for bone was found or read.")

claim("osteocalcin-insulin", "M-INSULIN",
      "Osteocalcin activated by K2 improves insulin sensitivity and blood sugar.",
      "OVERSTATED",
      "The only trial read gave K1, not K2: 500 µg a day for three years slowed the rise of insulin resistance in older men but not in women; no trial of K2 or of activated osteocalcin and blood sugar was found.",
      sfor="YOSHIDA2008")

claim("k2-stronger-teeth", "M-TEETH",
      "K2 makes teeth stronger and more resistant to decay by mineralising the dentine.",
      "UNSOURCED",
      "No human study of vitamin K and teeth or dental decay was found or read.")

claim("k2-immune-system", "M-IMMUNE",
      "Vitamin K2 strengthens the immune system.",
      "UNSOURCED",
      "The article gives no source and none was found.")

claim("k2-cancer", "M-CANCER",
      "Vitamin K2 fights cancers, including gastric, colon and bladder cancer and leukaemia.",
      "OVERSTATED",
      "In one German cohort more K2 went with lower cancer death but not clearly fewer cancers; a K1 trial saw fewer cancers only as a small secondary finding; no trial for the named cancers was read.",
      sfor="NIMPTSCH2010;JUANOLA2014", ctx="CHEUNG2008")

claim("k2-memory", "M-MEMORY",
      "The brain depends on K2, and older adults who eat more vitamin K have milder memory complaints.",
      "OVERSTATED",
      "The study cited measured total dietary vitamin K, mostly K1, in 160 older adults at one time point and found fewer memory complaints with higher intake. It does not test K2.",
      sfor="SOUTIF2016")

claim("mk7-lasts-longer", "M-MK7",
      "MK-7 is the most potent form: it stays in the blood longer and works better for bones and the heart than MK-4.",
      "PARTLY",
      "MK-7 does stay in the blood far longer and builds up with daily intake, while MK-4 at the same small doses was not detectable; better bone or heart outcomes from that have not been shown.",
      sfor="SCHURGERS2007;SATO2012", panel="k1-and-k2")

claim("vitamin-k-history", "M-HISTORY",
      "A Danish scientist found vitamin K roughly 90 years ago, and a German journal first called it the 'coagulation vitamin'.",
      "PARTLY",
      "Henrik Dam of Copenhagen found it in chick experiments from 1928-1934 and named it for coagulation, winning the 1943 Nobel Prize; that the name first appeared in a German journal was not checked.",
      sfor="NOBEL_DAM")

claim("magnesium-cofactor", "M-MG",
      "Magnesium is a cofactor in vitamin D metabolism and a structural part of bone.",
      "UNSOURCED",
      "Plausible, but no official or primary source on magnesium was read for this claim, so the app does not judge it.")

claim("exercise-builds-bone", "M-EXERCISE",
      "Weight-bearing exercise stimulates bone formation.",
      "SUPPORTED",
      "A Cochrane review of 43 trials found a small but real effect of exercise on bone density after menopause, largest for strength training of the legs and for combined programmes; a fracture benefit was not shown.",
      sfor="HOWE2011")

# ================================================================================================ intake claims

claim("deficiency-below-250", "K-DEF250",
      "Deficiency symptoms set in below 250-300 µg of K2 a day.",
      "CONTRADICTED",
      "Re-judged (it was marked unsourced): if symptoms began below 250-300 µg of K2, nearly everyone would have them, yet reference intakes for all vitamin K are 90-120 µg a day, K2 intakes measured in Dutch women averaged about 29 µg, and signs of low status appear only around 40-60 µg of total vitamin K.",
      against="IOM2001_VITK;GAST2009")

claim("western-k2-deficiency", "I-WEST",
      "Most people in Western countries are deficient in K2, especially MK-7.",
      "OVERSTATED",
      "K2 intakes are low (about 29 µg a day in Dutch women), but no authority has set a K2 requirement, so a K2 deficiency is not defined, and no disease from low K2 intake has been shown in trials.",
      ctx="GAST2009;IOM2001_VITK")

claim("greens-enough-for-clotting", "I-GREENS",
      "People who eat greens get enough vitamin K for clotting; very few need a K1 supplement.",
      "SUPPORTED",
      "The reference intakes (90-120 µg a day) are set from what healthy people eat, signs of low status appear only at 40-60 µg a day, and a cup of raw spinach or kale holds about 110-145 µg.",
      sfor="IOM2001_VITK", foods="usda:11233;usda:11457;usda:11090", panel="k1-and-k2")

claim("us-k1-intake", "I-USK1",
      "Average vitamin K1 intake in the US is only 75-125 µg a day.",
      "SUPPORTED",
      "US survey data gave median intakes of 79-88 µg a day for women and 89-117 µg for men, matching the range; that is about the adequate intake (90-120 µg), not a shortfall.",
      sfor="IOM2001_VITK")

claim("k1-k2-deficiency-signs", "I-K1DEF",
      "Vitamin K1 deficiency shows as bleeding, such as heavy periods or bleeding wounds; the signs of K2 deficiency are poorly defined.",
      "SUPPORTED",
      "Vitamin K deficiency shows up in blood clotting, and no separate K2 requirement or deficiency sign has been set by the reference bodies.",
      sfor="IOM2001_VITK")

claim("tablespoon-of-natto", "F-TBSP",
      "A single tablespoon of natto covers the daily requirement.",
      "PARTLY",
      "There is no K2 requirement; a tablespoon of natto (about 11 g, a sixteenth of USDA's 175 g cup) holds about 75-105 µg MK-7 at 670-940 µg per 100 g, close to the 90-120 µg reference for vitamin K as a whole.",
      ctx="IOM2001_VITK", foods="usda:16113;k2c:natto;lit:KAMAO2007:natto")

# ======================================================================= food content: the popular K2 table, row by row

claim("food-natto", "F-NATTO",
      "Natto has 850-1100 µg MK-7 per 100 g.",
      "PARTLY",
      "MK-7 is the right form, but regular natto measured about 670-940 µg per 100 g (compiled table 672, Kamao 939, Tsukamoto 775 and 865) and about 1,000 in the NIH table; values above that are MK-7-enriched products (1,295-1,765).",
      foods="k2c:natto;k2c:black-bean-natto;lit:KAMAO2007:natto;lit:TSUKAMOTO2000_JBMM:natto-regular-commercial-type;lit:TSUKAMOTO2000_JHS:natto-regular-commercial-type;lit:ODS_VITK:natto;lit:TSUKAMOTO2000_JBMM:natto-mk-7-reinforced-product-x2;usda:16113",
      sources="KAMAO2007;TSUKAMOTO2000_JBMM;TSUKAMOTO2000_JHS;ODS_VITK", panel="reading-numbers",
      row="1", figure="850-1100 µg/100 g (MK-7)")

claim("food-goose-liver", "F-GOOSE",
      "Goose liver pâté has 369 µg MK-4 per 100 g.",
      "PARTLY",
      "The number is real but belongs to raw goose liver: Ciqual 2020 lists raw goose liver at 369 µg K2 per 100 g as a total with no form named; no source gives it for pâté or says it is MK-4, and USDA lists goose liver and pâté without any vitamin K value.",
      foods="ciqual:40120;usda:05150;usda:05282;usda:07054;k2c:goose-leg;ciqual:36500",
      panel="reading-numbers", row="2", figure="369 µg/100 g (MK-4)")

claim("food-chicken-liver", "F-CHLIVER",
      "Chicken liver has 13-150 µg MK-4 per 100 g.",
      "OVERSTATED",
      "Re-judged with the new data (it was marked contradicted on one value): MK-4 is the right form and the low end matches the one analysis of raw chicken liver (14.1 µg, compiled table) while braised liver gave about 7; nothing supports the 150, more than ten times any measurement.",
      foods="k2c:raw-chicken-liver;lit:ODS_VITK:chicken-liver-braised;usda:05027;usda:05028;ciqual:40111",
      sources="ODS_VITK", panel="reading-numbers", row="3", figure="13-150 µg/100 g (MK-4)")

claim("food-beef-liver", "F-BFLIVER",
      "Beef liver has 11-106 µg MK-4 per 100 g.",
      "CONTRADICTED",
      "The form is wrong and the top is unsupported: the one per-form analysis found only 0.3 µg MK-4 in beef liver, with a K2 total of 11.3 from other menaquinones (compiled table, credited to a paper that measured only MK-4, so doubtful), Ciqual gives a K2 total of 7.9 for young-cow liver, and a US study found beef liver's vitamin K to be mostly MK-11 to MK-13; no source reaches 106.",
      foods="k2c:liver-beef;k2c:veal-liver;ciqual:40104;usda:13325", sources="BEEFVAR_FS14;KOIVU2000",
      panel="reading-numbers", row="4", figure="11-106 µg/100 g (MK-4)")

claim("food-aged-cheese", "F-AGEDCH",
      "Aged cheeses such as Münster and Gouda have 50-80 µg MK-8 and MK-9 per 100 g.",
      "PARTLY",
      "It holds for the cheeses named (compiled table: Münster 80, aged Gouda 73, middle-aged Gouda 66 µg K2, mostly MK-8 and MK-9, with 10-21 µg MK-4 as well), but not for aged cheeses in general: Parmigiano 8.6, Gruyère 6.6 and Grana Padano 0.4.",
      foods="k2c:muenster;k2c:aged-gouda;k2c:middle-aged-gouda;k2c:young-gouda;k2c:edam;ciqual:12729;k2c:parmagiano-reggiano;k2c:gruyere;k2c:grana-padano;k2c:hard-cheese;lit:FU2017_CDN:hard-cheese;usda:01030;usda:01022",
      sources="VERMEER2018;FU2017_CDN", ctx="IOM2001_VITK", panel="reading-numbers", row="5",
      figure="50-80 µg/100 g (MK-8, MK-9)")

claim("food-eel", "F-EEL",
      "Eel has 63 µg MK-4 per 100 g.",
      "OVERSTATED",
      "MK-4 is the right form, but the one eel value found is 21 µg MK-4 per 100 g (compiled table, from three papers merged), a third of the figure; no source gives 63.",
      foods="k2c:eel;ciqual:27016;usda:15025;lit:PARK2023_CONGER:conger-eel-conger-myriaster",
      panel="reading-numbers", row="6", figure="63 µg/100 g (MK-4)")

claim("food-soft-cheese", "F-SOFTCH",
      "Soft cheeses such as Brie and Camembert have 35-60 µg MK-8 and MK-9 per 100 g.",
      "PARTLY",
      "Camembert fits (55 µg K2, mostly MK-9 and MK-8), but Brie had 17 µg with MK-4 as its largest form, and US soft cheese measured with newer methods held about 310 µg K2, mostly MK-9 and MK-10.",
      foods="k2c:camembert;k2c:brie;k2c:soft-cheese;lit:FU2017_CDN:soft-cheese;usda:01006;usda:01007;ciqual:12001;ciqual:12020",
      sources="FU2017_CDN", panel="reading-numbers", row="7", figure="35-60 µg/100 g (MK-8, MK-9)")

claim("food-egg-yolk", "F-YOLK",
      "Egg yolk from pasture-raised hens has 15-32 µg MK-4 per 100 g.",
      "PARTLY",
      "The numbers exist but not for pasture-raised eggs: Ciqual gives 32.1 µg K2 (form not named) for raw egg yolk and the compiled table 47.7 µg MK-4, while 15 µg is the MK-4 of whole fresh eggs; no source compares farming methods, and barn and free-range eggs held nearly the same MK-4 (30 and 31 µg).",
      foods="ciqual:22002;k2c:egg-yolk;k2c:whole-eggs-fresh;k2c:egg-free-range;k2c:egg-barn;usda:01125;lit:OSULLIVAN2020:egg-whole-raw-hens-fed-menadione-supplemented-feed-12-9-45-7-mg-k3-kg",
      sources="OSULLIVAN2020", panel="reading-numbers", row="8", figure="15-32 µg/100 g (MK-4)")

claim("food-butter", "F-BUTTER",
      "Butter has 15 µg MK-4 per 100 g.",
      "SUPPORTED",
      "The sources agree: the compiled table gives 15.2 µg MK-4 with no other menaquinone detected, Ciqual 15 µg K2 (form not named), and USDA 20.9 µg MK-4 for whipped salted butter.",
      foods="k2c:butter;ciqual:16400;ciqual:16414;usda:01002;usda:01001", panel="reading-numbers", row="9",
      figure="15 µg/100 g (MK-4)")

claim("food-miso-tempeh", "F-MISO",
      "Miso and tempeh have 10-30 µg MK-7 per 100 g.",
      "UNSOURCED",
      "No published analysis of miso or tempeh was found; the only values, the compiler's own unpublished measurements, give about 3 µg MK-7 in miso and 2 µg in tempeh per 100 g, well under the range, and are not peer-reviewed.",
      foods="k2c:miso-paste;k2c:tempeh;usda:16112;usda:16114;ciqual:20916;ciqual:20917", panel="reading-numbers",
      row="10", figure="10-30 µg/100 g (MK-7)")

claim("food-sauerkraut", "F-KRAUT",
      "Sauerkraut and kimchi have 2-5 µg MK-7 per 100 g.",
      "PARTLY",
      "The amounts fit (compiled table: sauerkraut 5.2 µg K2, kimchi 1.9), but hardly any of it is MK-7: sauerkraut's is mostly MK-9, MK-6 and MK-8 with 0.1 µg MK-7, and kimchi's is MK-4 with no MK-7 detected.",
      foods="k2c:sauerkraut;k2c:kimchi;usda:11439;usda:11118;ciqual:25220", panel="reading-numbers", row="11",
      figure="2-5 µg/100 g (MK-7)")

# ==================================================================================================== other foods

claim("food-natto-pack", "F-PACK",
      "One pack or serving of natto holds about 350 µg of MK-7, hundreds of micrograms.",
      "SUPPORTED",
      "Regular natto at 670-940 µg MK-7 per 100 g gives about 270-375 µg in a 40 g pack and 335-470 µg in a 50 g one; the amount depends on pack size and product.",
      sfor="IKEDA2006", foods="lit:IKEDA2006_VIA_ISOFLAVONES:natto-one-pack;lit:KAMAO2007:natto;k2c:natto;lit:TSUKAMOTO2000_JBMM:natto-regular-commercial-type",
      sources="KAMAO2007;TSUKAMOTO2000_JBMM;TSUKAMOTO2000_JHS", panel="warfarin")

claim("natto-richest", "F-RICHEST",
      "Natto is by far the richest food source of K2 in the world.",
      "SUPPORTED",
      "Among ordinary foods natto leads by a wide margin (670-940 µg MK-7 per 100 g; the next highest, US cheeses measured by newer methods, about 310); only a microalgae product of unclear nature scored higher in the compiled table.",
      foods="k2c:natto;k2c:black-bean-natto;lit:KAMAO2007:natto;k2c:soft-cheese;k2c:muenster", panel="reading-numbers")

claim("k2-from-fermentation", "F-FERMENT",
      "K2 comes from bacterial fermentation (natto's Bacillus subtilis makes MK-7) and from animal foods; plants that are not fermented have none.",
      "SUPPORTED",
      "Natto is rich in MK-7, animal foods carry MK-4 and longer menaquinones, and the unfermented plants measured (spinach, kale, broccoli) had none detected, with a trace of MK-4 (1 µg) in raw cabbage.",
      foods="k2c:natto;k2c:spinach-raw;k2c:kale;k2c:broccoli-raw;k2c:cabbage-raw;k2c:cotton-tofu-hard-tofu",
      ctx="IOM2001_VITK")

claim("grass-fed-k2", "F-GRASSFED",
      "Meat and dairy from grain-fed animals have little K2, while grass-fed dairy and eggs are rich in it.",
      "OVERSTATED",
      "No source read compares grass-fed and grain-fed animals, and the data point the other way: barn and free-range eggs held nearly the same MK-4, ordinary butter has about 15 µg, and hens' MK-4 rose with the menadione added to their feed.",
      foods="k2c:egg-barn;k2c:egg-free-range;k2c:butter;lit:OSULLIVAN2020:egg-whole-raw-hens-fed-menadione-supplemented-feed-12-9-45-7-mg-k3-kg",
      sources="OSULLIVAN2020", ctx="IOM2001_VITK")

claim("yolk-butter-best-animal", "F-YOLKBUTTER",
      "Bright-orange egg yolks, grass-fed butter, ghee and Gouda are the best animal sources of K2 (MK-4).",
      "PARTLY",
      "Egg yolk is among the richest in MK-4 (47.7 µg per 100 g), but butter (15) and Gouda (up to 21 MK-4; most of its K2 is MK-9) are middling next to poultry such as goose leg (31); no data on yolk colour, grass feeding or ghee were found.",
      foods="k2c:egg-yolk;k2c:butter;k2c:aged-gouda;k2c:goose-leg;ciqual:22002;usda:01002;usda:01125")

claim("yogurt-rarely-k2", "F-YOGURT",
      "Not every fermented food has K2; yogurt rarely contains any.",
      "PARTLY",
      "The first part holds, but yogurt does contain small amounts: about 0.1-0.7 µg per 100 g in Ciqual's yogurts and 0.4-10 µg, mostly MK-9, in the compiled table, more in full-fat yogurt.",
      foods="k2c:yoghurt-3-5-fat;k2c:low-fat-yoghurt-0-1-1-5-fat;k2c:greek-yoghut-10-fat;ciqual:19593;ciqual:19594;ciqual:19600;usda:01116")

claim("natto-supplement-source", "F-SUPPSRC",
      "Natto is the main source of the K2 in supplements.",
      "UNSOURCED",
      "No source on how supplement MK-7 is made was read; one trial used MK-7 in natto capsules, which does not show what most products use.",
      ctx="EMAUS2010")


# ============================================================================================== building the file

def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:80]


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def food_ids_in(folder):
    """Food ids of every source found in a data folder (shared data or the app's bundled data)."""
    ids = set()
    for sub in ("usda-sr28", "usda-sr26"):
        p = folder / sub / "foods.csv"
        if p.exists():
            ids |= {"usda:" + r["ndb_no"] for r in read_csv(p)}
    p = folder / "k2-compiled" / "menaquinones_compiled.csv"
    if p.exists():
        ids |= {"k2c:" + slug(r["food"]) for r in read_csv(p)}
    p = folder / "ciqual-2020" / "vitamin_k.csv"
    if p.exists():
        ids |= {"ciqual:" + r["ciqual_code"] for r in read_csv(p)}
    for name in ("menaquinones.csv", "other_values.csv"):
        p = folder / "k2-literature" / name
        if p.exists():
            ids |= {"lit:" + r["source_key"] + ":" + slug(r["food"]) for r in read_csv(p)}
    return ids


WORD = re.compile(r"[^\W_]+", re.UNICODE)


def seed_runs():
    runs = set()
    for seed in sorted((SHARED / "seeds").glob("*.txt")):
        words = [w.lower() for w in WORD.findall(seed.read_text(encoding="utf-8"))]
        runs |= {hashlib.sha256(" ".join(words[i:i + 8]).encode("utf-8")).hexdigest()[:16]
                 for i in range(len(words) - 7)}
    return runs


def copied(text, runs):
    words = [w.lower() for w in WORD.findall(text)]
    return [" ".join(words[i:i + 8]) for i in range(len(words) - 7)
            if hashlib.sha256(" ".join(words[i:i + 8]).encode("utf-8")).hexdigest()[:16] in runs]


def keys(text):
    return [k for k in text.split(";") if k]


def main(strict):
    problems = []
    inventory = {r["id"]: r for r in read_csv(INVENTORY)}
    studies = {r["key"]: r for r in read_csv(DATA / "studies/studies.csv")}
    sources = {r["source_key"] for r in read_csv(DATA / "k2-literature/sources.csv")}
    panels = {line.strip() for line in PANELS.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    universe = food_ids_in(SHARED / "data")
    bundled = food_ids_in(DATA)
    runs = seed_runs()

    covered = {}
    rows, pending, ids, table_rows = [], [], set(), set()
    for c in C:
        cid = c["id"]
        if cid in ids:
            problems.append(cid + ": id appears twice")
        ids.add(cid)
        inv = keys(c["inv"])
        for i in inv:
            if i not in inventory:
                problems.append(f"{cid}: no inventory claim {i}")
            elif i in covered:
                problems.append(f"{cid}: inventory claim {i} is already covered by {covered[i]}")
            covered[i] = cid
        seeds = sorted({f.split("_")[0] for i in inv if i in inventory
                        for f in inventory[i]["seed_files"].split(";")})
        kind = c["kind"] or KINDS[inventory[inv[0]]["kind"]]
        if c["verdict"] not in VERDICTS:
            problems.append(f"{cid}: verdict {c['verdict']}")
        if c["safety"] and not c["takeaway"]:
            problems.append(f"{cid}: a safety claim needs a takeaway")
        roles = {"for": keys(c["sfor"]), "against": keys(c["against"]), "context": keys(c["ctx"])}
        seen = set()
        for role, ks in roles.items():
            for k in ks:
                if k not in studies:
                    problems.append(f"{cid}: no study {k}")
                elif studies[k]["verified"] != "yes":
                    problems.append(f"{cid}: {k} is not verified and may not be cited")
                if k in seen:
                    problems.append(f"{cid}: {k} is cited in two roles")
                seen.add(k)
        for s in keys(c["sources"]):
            if s not in sources:
                problems.append(f"{cid}: no literature source {s}")
        foods = []
        for f in keys(c["foods"]):
            if f not in universe:
                problems.append(f"{cid}: no food {f} in ../shared/data")
            elif f in bundled:
                foods.append(f)
            else:
                pending.append(f"{cid}: {f}")
        if c["panel"] and c["panel"] not in panels:
            problems.append(f"{cid}: no learn panel {c['panel']}")
        if c["row"]:
            if not c["figure"] or c["row"] in table_rows:
                problems.append(f"{cid}: seed table row {c['row']} needs a figure and may appear once")
            table_rows.add(c["row"])
        if c["verdict"] != "UNSOURCED" and not (seen or foods or keys(c["sources"])):
            problems.append(f"{cid}: only an unsourced claim may rest on nothing")
        for field in ("claim", "why", "takeaway"):
            for run in copied(c[field], runs):
                problems.append(f"{cid} {field}: copies the seed run '{run}'")
        rows.append({"id": cid, "inventory_ids": ";".join(inv), "kind": kind, "safety": "yes" if c["safety"] else "no",
                     "claim": c["claim"], "seeds": ";".join(seeds), "seed_figure": c["figure"],
                     "verdict": c["verdict"], "why": c["why"], "takeaway": c["takeaway"],
                     "studies_for": ";".join(roles["for"]), "studies_against": ";".join(roles["against"]),
                     "studies_context": ";".join(roles["context"]), "food_ids": ";".join(foods),
                     "source_keys": c["sources"], "panel": c["panel"], "seed_table_row": c["row"]})
    missing = sorted(set(inventory) - set(covered))
    if missing:
        problems.append("inventory claims without a verdict: " + ", ".join(missing))
    if table_rows != {str(i) for i in range(1, 12)}:
        problems.append("the 11 rows of the seed K2 table need one claim each: " + str(sorted(table_rows)))
    inventory_text = INVENTORY.read_text(encoding="utf-8")
    for run in copied(inventory_text, runs):
        problems.append(f"seed-claims.csv copies the seed run '{run}'")
    if strict and pending:
        problems.append(f"{len(pending)} food ids are not bundled yet (run without --strict to leave them out)")
    if problems:
        sys.exit("claims_data.py: " + "\n  ".join([""] + problems))

    rows.sort(key=lambda r: r["safety"] != "yes")  # safety claims first, otherwise in the order written
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    shutil.copyfile(INVENTORY, INVENTORY_COPY)
    counts = {}
    for r in rows:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
    print(len(rows), "claims covering", len(covered), "inventory claims;", counts)
    if pending:
        print(len(pending), "food ids left out until their source is bundled (ciqual:, k2c: or SR28-only usda:):")
        for p in pending:
            print("  " + p)


if __name__ == "__main__":
    main("--strict" in sys.argv[1:])
