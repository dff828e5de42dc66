"""Studies and official references that the claim verdicts need beyond vitamin K itself (vitamin D upper limit,
calcium supplements and the heart, strontium, nattokinase, warfarin and bone, diet on warfarin, statins, K1 to MK-4
conversion, exercise, insulin, coronary calcium as a risk marker, the history of vitamin K).

Each row was read from its abstract or document through the project's search tool; `read_where` says where.
The columns are exactly those of tools/studies_data.py (which imports STUDIES from this file and writes them into
studies.csv). Written in this project's own words; figures are quoted as the sources give them.
Not a script of its own: run python3 tools/studies_data.py, then python3 tools/claims_data.py.
"""

STUDIES = []


def study(**kw):
    kw.setdefault("trial", "")
    kw.setdefault("cited_by_seed", "")
    kw.setdefault("funding_note", "")
    kw.setdefault("verified", "yes")
    STUDIES.append(kw)


# --- Vitamin D and vitamin K intake references -------------------------------------------------------------------

study(key="IOM2011_VITD", label="IOM 2011 (calcium and vitamin D reference values)",
      citation="Institute of Medicine. Dietary Reference Intakes for Calcium and Vitamin D. Washington, DC: National Academies Press; 2011.",
      doi="10.17226/13050", pmid="", topic="OTHER", design="OFFICIAL_REPORT",
      population="The US and Canadian population (reference values by age and sex)", n="",
      form="NONE", dose_ug_per_day="",
      dose_text="Reference intakes of vitamin D and calcium; no vitamin K",
      duration="", outcomes="Recommended intakes and tolerable upper intake levels for vitamin D and calcium",
      main_result="For adults the tolerable upper intake level of vitamin D was set at 4,000 IU (100 µg) a day. The committee started from hypercalcaemia, took 10,000 IU a day as the level without observed harm, and set the limit 20% below 5,000 IU for uncertainty, noting that the data did not show benefit above such intakes. Recommended intakes are 600 IU a day up to age 70 and 800 IU from 71, and 700-1,300 mg of calcium a day depending on age.",
      limitations="A population reference, not a judgement on one person: clinicians may prescribe more for a limited time to correct a deficiency, with monitoring. Says nothing about vitamin K.",
      grade="HIGH", grade_reason="Official reference value set by a national expert committee after a systematic review of the evidence.",
      summary="The North American reference puts the safe upper limit of vitamin D for adults at 4,000 IU (100 µg) a day, taken long term without medical supervision. It is a ceiling, not a target; the recommended intake is 600-800 IU.",
      read_where="nap.edu OpenBook, record 13050, pages 443 and 445 (chapter 6, upper levels); recommended intakes from the Ross et al. 2011 summary abstract (J Clin Endocrinol Metab 96:53, PMC3046611 via mdsite.deno.dev)")

study(key="IOM2001_VITK", label="IOM 2001 (vitamin K reference values)",
      citation="Institute of Medicine. Dietary Reference Intakes for Vitamin A, Vitamin K, Arsenic, Boron, Chromium, Copper, Iodine, Iron, Manganese, Molybdenum, Nickel, Silicon, Vanadium, and Zinc. Washington, DC: National Academies Press; 2001.",
      doi="10.17226/10026", pmid="", topic="OTHER", design="OFFICIAL_REPORT",
      population="The US and Canadian population (reference values by age and sex)", n="",
      form="DIETARY_K", dose_ug_per_day="", dose_text="Reference intakes of vitamin K as a whole",
      duration="", outcomes="Adequate intake, upper level, US intakes, forms and sources of vitamin K",
      main_result="No average requirement could be estimated, so adequate intakes were set from the intakes of healthy people: 120 µg a day for men and 90 µg for women. No harm was reported at higher intakes, so no upper level was set. In NHANES III median intakes were 79-88 µg a day for women and 89-117 µg for men; signs of low status were seen at 40-60 µg a day. Long-chain menaquinones are made by bacteria in the lower bowel; MK-4 is not a major bacterial product but is made in the body from menadione, and has been shown to form from K1 in germ-free animals. Some cheeses hold 40-80 µg of menaquinones per 100 g.",
      limitations="Set in 2001 and based mainly on K1 intake data; vitamin K is treated as one nutrient, with no separate value for K2.",
      grade="HIGH", grade_reason="Official reference values from a national expert committee.",
      summary="The North American vitamin K reference: 90 µg a day for women and 120 µg for men, with no upper limit because no harm from higher intakes has been reported. It sets no separate K2 requirement.",
      read_where="NCBI Bookshelf NBK222299 (vitamin K chapter summary and background) and nap.edu OpenBook, record 10026, pages 181 and 186")

# --- Calcium supplements and the heart and arteries --------------------------------------------------------------

study(key="BOLLAND2011", label="Bolland 2011 (calcium and heart attack, meta-analysis)",
      citation="Bolland MJ, et al. BMJ. 2011;342:d2040.",
      doi="10.1136/bmj.d2040", pmid="", topic="CARDIOVASCULAR", design="META_ANALYSIS",
      population="Women's Health Initiative calcium and vitamin D trial (36,282 postmenopausal women) reanalysed and pooled with other placebo-controlled trials of calcium supplements",
      n="", form="NONE", dose_ug_per_day="",
      dose_text="Calcium supplements with or without vitamin D (the WHI trial gave 1 g calcium and 400 IU vitamin D a day)",
      duration="The WHI trial lasted seven years", outcomes="Myocardial infarction, stroke",
      main_result="In the pooled trials calcium with or without vitamin D went with a modestly higher risk of myocardial infarction (relative risk 1.24, 95% CI 1.07-1.45) and of myocardial infarction or stroke (1.15, 1.03-1.27). The authors argue that the WHI result was masked by women taking their own calcium, and call for a reassessment of calcium supplements in osteoporosis care.",
      limitations="Heart attacks were not the trials' main outcome; another pooled analysis using verified events found no rise (Lewis 2015); the same group's earlier work drives the field.",
      grade="LOW", grade_reason="Meta-analysis of randomised trials, but for secondary outcomes and contradicted by other pooled analyses.",
      summary="A pooled analysis of calcium trials found about a quarter more heart attacks with calcium supplements. Other analyses disagree, so the question is unsettled; dietary calcium was not the issue tested.",
      read_where="Abstract in a scribd.com copy of the BMJ article (document 702078265)")

study(key="LEWIS2015", label="Lewis 2015 (calcium and coronary disease, meta-analysis)",
      citation="Lewis JR, et al. J Bone Miner Res. 2015;30(1):165-175.",
      doi="10.1002/jbmr.2311", pmid="", topic="CARDIOVASCULAR", design="META_ANALYSIS",
      population="18 randomised trials in elderly, mostly postmenopausal women (63,563 participants)", n="",
      form="NONE", dose_ug_per_day="",
      dose_text="Calcium supplements with or without vitamin D, against placebo or no treatment",
      duration="", outcomes="Coronary heart disease verified from records; myocardial infarction; death",
      main_result="With coronary events verified by clinical review, hospital records or death certificates, calcium did not raise coronary heart disease (relative risk 1.02, 95% CI 0.96-1.09), myocardial infarction (1.08, 0.92-1.26) or death from any cause (0.96, 0.91-1.02).",
      limitations="Mostly women; the trials were designed to study bone, not the heart.",
      grade="MODERATE", grade_reason="Meta-analysis of randomised trials with verified events and low heterogeneity; cardiac outcomes were not the trials' own aim.",
      summary="When heart events were checked against records, calcium supplements did not increase coronary disease or deaths in older women.",
      read_where="Abstract on yyws.alljournals.cn (with the author list) and acemap.info (paper 331121288)")

study(key="MANSON2010", label="Manson 2010 (WHI coronary calcium)",
      citation="Manson JE, et al. Menopause. 2010;17(4):683-691.",
      doi="10.1097/gme.0b013e3181d683b5", pmid="20551849", topic="CARDIOVASCULAR", design="RCT",
      population="Women aged 50-59 in the Women's Health Initiative calcium and vitamin D trial (hysterectomy substudy)",
      n="754", form="NONE", dose_ug_per_day="",
      dose_text="1,000 mg calcium (as carbonate) plus 400 IU vitamin D3 a day, or placebo",
      duration="About 7 years of treatment, then one CT scan",
      outcomes="Coronary artery calcium score measured after the trial",
      main_result="After about seven years, coronary calcium was similar in women given calcium plus vitamin D and in those given placebo (mean score 91.6 vs 100.5, not different).",
      limitations="Calcium was scanned once, after the trial, not at its start; younger women; calcium was always combined with vitamin D.",
      grade="MODERATE", grade_reason="Randomised comparison read centrally and blind to treatment, but a single scan in a substudy.",
      summary="In a randomised trial, seven years of calcium plus vitamin D did not leave women with more calcium in their coronary arteries than placebo.",
      read_where="Abstract on PMC (PMC2940244)")

# --- Strontium ---------------------------------------------------------------------------------------------------

study(key="MEUNIER2004", label="Meunier 2004 (strontium ranelate, SOTI)",
      citation="Meunier PJ, et al. N Engl J Med. 2004;350(5):459-468.",
      doi="", pmid="", topic="BONE", design="RCT",
      population="Postmenopausal women with osteoporosis and at least one vertebral fracture", n="1649",
      form="NONE", dose_ug_per_day="",
      dose_text="2 g strontium ranelate (a prescription drug) a day or placebo; both groups had calcium and vitamin D",
      duration="3 years", outcomes="New vertebral fractures; bone density",
      main_result="New vertebral fractures were 41% less frequent with strontium ranelate over three years (relative risk 0.59, 95% CI 0.48-0.73), and measured spine density rose by 14.4%.",
      limitations="Tests the prescription salt strontium ranelate, not strontium sold as a supplement; its safety was later restricted by the European regulator (EMA 2014).",
      grade="HIGH", grade_reason="Large double-blind placebo-controlled trial with fractures as its main outcome.",
      summary="The prescription drug strontium ranelate cut new spine fractures by about 40% in women with osteoporosis, but was later restricted for heart and clot risks.",
      read_where="Abstract on ORBi, University of Liège repository (handle 2268/7937)")

study(key="EMA2014_STRONTIUM", label="EMA 2014 (strontium ranelate review)",
      citation="European Medicines Agency. Protelos/Osseor (strontium ranelate): review concluded, press release of 21 February 2014.",
      doi="", pmid="", topic="OTHER", design="OFFICIAL_REPORT",
      population="Patients treated with strontium ranelate for osteoporosis", n="",
      form="NONE", dose_ug_per_day="", dose_text="Strontium ranelate, 2 g a day (prescription drug)",
      duration="", outcomes="Heart attack, blood clots and other serious side effects against the benefit",
      main_result="After reviewing heart attacks and blood clots, the agency kept the drug only for severe osteoporosis in patients who cannot use other approved osteoporosis medicines, to be stopped if heart or circulation problems develop; people with a history of heart attack or stroke must not take it. The analysis behind it counted about four more serious heart problems and four more blood clots per 1,000 patient-years than with placebo.",
      limitations="About the prescription drug strontium ranelate; strontium salts sold as supplements were not assessed, and no regulator has shown them to be safe or effective.",
      grade="HIGH", grade_reason="Regulatory review of the trial safety data.",
      summary="Europe's medicines regulator restricted strontium ranelate to severe osteoporosis with no alternative, because of heart attack and clot risks.",
      read_where="EMA press release summary on europeansources.info (21 February 2014), Danish Medicines Agency notice (danish228.rssing.com) and a Reuters report of 10 January 2014 (in.reuters.com)")

# --- Nattokinase -------------------------------------------------------------------------------------------------

study(key="HODIS2021", label="Hodis 2021 (nattokinase, NAPS trial)",
      citation="Hodis HN, et al. Clin Hemorheol Microcirc. 2021;78(4):339-353.",
      doi="10.3233/CH-211147", pmid="33843667", topic="CARDIOVASCULAR", design="RCT",
      population="Adults of median age 65 without cardiovascular disease (people on anticoagulants or antiplatelet drugs excluded)",
      n="265", form="NONE", dose_ug_per_day="",
      dose_text="Nattokinase 2,000 fibrinolytic units a day or placebo",
      duration="Median 3 years",
      outcomes="Carotid wall thickness and stiffness; blood pressure; clotting, clot-breakdown and inflammation markers",
      main_result="Nattokinase did not change how fast carotid wall thickness or stiffness progressed, nor blood pressure or any laboratory measure, including clotting and clot-breakdown factors.",
      limitations="Healthy low-risk people; no clinical events such as clots or strokes could be counted.",
      grade="MODERATE", grade_reason="Double-blind randomised trial of three years, but surrogate outcomes in low-risk people.",
      summary="Three years of nattokinase supplements did no better than placebo on artery wall thickness, blood pressure or clotting tests.",
      read_where="Abstract on suppr.wilddata.cn (PubMed 33843667) and globalauthorid.com")

# --- Warfarin and bone ---------------------------------------------------------------------------------------------

study(key="GAGE2006", label="Gage 2006 (warfarin and fractures)",
      citation="Gage BF, et al. Arch Intern Med. 2006;166(2):241-246.",
      doi="10.1001/archinte.166.2.241", pmid="16432096", topic="SAFETY", design="COHORT",
      population="US Medicare patients with atrial fibrillation (National Registry of Atrial Fibrillation 2)", n="13881",
      form="NONE", dose_ug_per_day="",
      dose_text="Warfarin prescribed for a year or more, for less than a year, or not at all",
      duration="Retrospective (hospitalisations 1998-1999)", outcomes="Hip, spine and wrist fractures from hospital codes",
      main_result="Warfarin for a year or more went with more osteoporotic fractures (adjusted OR 1.25, 95% CI 1.06-1.48): clearly in men (1.63, 1.26-2.10) but not in women (1.05, 0.88-1.26). Under a year of warfarin showed no rise (OR 1.03).",
      limitations="Observational, from billing codes; people prescribed warfarin may differ from others in health and falls.",
      grade="LOW", grade_reason="Large but retrospective observational study; confounding possible.",
      summary="Older men who had taken warfarin for over a year had more fractures; women did not. An association, not proof that warfarin weakens bone.",
      read_where="Abstract on jamanetwork.com and greenmedinfo.com (PMID 16432096)")

study(key="MISRA2014", label="Misra 2014 (warfarin and fractures, matched cohort)",
      citation="Misra D, et al. Osteoporos Int. 2014;25(6):1677-1684.",
      doi="", pmid="", topic="SAFETY", design="COHORT",
      population="Adults aged 65 or more with new atrial fibrillation in UK general-practice records (The Health Improvement Network), over 20,000 people",
      n="", form="NONE", dose_ug_per_day="",
      dose_text="Warfarin used for a year or more, or three years or more, against propensity-matched non-users",
      duration="2000-2010", outcomes="Hip, spine and wrist fractures",
      main_result="Long-term warfarin was not linked with hip fracture (HR 1.08, 95% CI 0.87-1.35 for a year or more; 1.13, 0.84-1.50 for three years or more), nor with spine, wrist or any fracture.",
      limitations="Observational; matching cannot remove every difference between users and non-users.",
      grade="LOW", grade_reason="Observational, though matched on propensity scores to reduce confounding.",
      summary="In over 20,000 older people with atrial fibrillation, years of warfarin were not linked with more fractures.",
      read_where="Abstract on omicsdi.org (S-EPMC4180421) and czeek.com")

study(key="WOO2008", label="Woo 2008 (warfarin and bone in older men, MrOS)",
      citation="Woo C, et al. J Am Geriatr Soc. 2008;56(7):1171-1176.",
      doi="10.1111/j.1532-5415.2008.01786.x", pmid="18547361", topic="SAFETY", design="COHORT",
      population="Community-dwelling men aged 65 or more (Osteoporotic Fractures in Men study); 321 took warfarin",
      n="5533", form="NONE", dose_ug_per_day="", dose_text="Current warfarin use recorded once at the start",
      duration="Bone loss over 3.4 years; fractures over 5.1 years", outcomes="Hip and spine density, hip bone loss, non-spine fractures",
      main_result="Warfarin users had similar hip and spine density, similar hip bone loss and a similar risk of non-spine fracture (adjusted HR 1.06, 95% CI 0.68-1.65).",
      limitations="Warfarin use assessed once; men only; few warfarin users.",
      grade="LOW", grade_reason="Observational cohort with a small exposed group.",
      summary="In over 5,000 older men, those on warfarin had the same bone density, bone loss and fracture risk as others.",
      read_where="Abstract on PMC (PMC2753381)")

study(key="HART2007", label="Hart 2007 (warfarin and stroke in atrial fibrillation, meta-analysis)",
      citation="Hart RG, Pearce LA, Aguilar MI. Ann Intern Med. 2007;146(12):857-867.",
      doi="", pmid="", topic="SAFETY", design="META_ANALYSIS",
      population="29 randomised trials in people with nonvalvular atrial fibrillation (28,044 participants, mean age 71)", n="",
      form="NONE", dose_ug_per_day="", dose_text="Adjusted-dose warfarin, antiplatelet drugs or control",
      duration="Mean follow-up 1.5 years", outcomes="Stroke, major bleeding, death",
      main_result="Against control, adjusted-dose warfarin cut strokes by 64% (95% CI 49-74%) and antiplatelet drugs by 22%; warfarin also did better than antiplatelet drugs (39% fewer strokes). The added risk of major bleeding outside the skull was small (0.3% a year or less).",
      limitations="Trial methods and reporting varied; newer anticoagulants that do not act through vitamin K were not part of this analysis.",
      grade="HIGH", grade_reason="Meta-analysis of many randomised trials with stroke as the outcome.",
      summary="In atrial fibrillation, warfarin prevents about two strokes in three compared with no treatment, at a small cost in bleeding. That benefit is why it should not be stopped without a doctor.",
      read_where="Abstract on the Mayo Clinic research portal (mayoclinic.pure.elsevier.com)")

# --- Vitamin K in the diet of people on warfarin -------------------------------------------------------------------

study(key="SCONCE2007", label="Sconce 2007 (daily K1 on warfarin)",
      citation="Sconce E, et al. Blood. 2007;109(6):2419-2423.",
      doi="", pmid="17110451", topic="SAFETY", design="RCT",
      population="Warfarin-treated patients whose INR was unstable for no known reason", n="70",
      form="K1", dose_ug_per_day="150", dose_text="150 µg vitamin K1 a day or placebo, on top of warfarin",
      duration="6 months", outcomes="INR variability; time within the target INR range",
      main_result="Daily K1 made anticoagulation steadier than placebo: INR variation fell more (-0.24 vs -0.11) and time in the target range rose more (28% vs 15%); control improved in 33 of 35 patients on K1. Some patients on K1 needed a higher warfarin dose.",
      limitations="Small; only patients with unexplained instability; the supplement was given and monitored by an anticoagulation clinic.",
      grade="MODERATE", grade_reason="Double-blind randomised trial, small and in a selected group.",
      summary="For people on warfarin with unstable blood tests, a small steady daily dose of K1, managed by their clinic, made control better, not worse. Steady intake matters more than low intake.",
      read_where="Abstract on bloodjournal.org (Blood 109(6):2419); summary on evidence.unboundmedicine.com (infoPOEMs)")

# --- Statins -------------------------------------------------------------------------------------------------------

study(key="PURI2015", label="Puri 2015 (statins and coronary calcium)",
      citation="Puri R, et al. J Am Coll Cardiol. 2015;65(13):1273-1282.",
      doi="10.1016/j.jacc.2015.01.036", pmid="", topic="CARDIOVASCULAR", design="COHORT",
      population="Patients with coronary disease from 8 trials with repeated intravascular ultrasound", n="3495",
      form="NONE", dose_ug_per_day="", dose_text="High-intensity statins, low-intensity statins or no statin (not randomised between groups)",
      duration="Serial ultrasound during the trials", outcomes="Plaque volume (percent atheroma volume) and a calcium index",
      main_result="After adjustment, high-intensity statins went with shrinking plaque (percent atheroma volume -0.6%), while low-intensity or no statin went with growing plaque (+0.8% and +1.0%). The calcium index rose in every group, by a median 0.044 with high-intensity statins, 0.038 with low-intensity and 0.020 with none.",
      limitations="Post-hoc comparison of patients who were not randomised to statin intensity; calcium judged by ultrasound; it does not study vitamin K.",
      grade="LOW", grade_reason="Pooled observational comparison within trials; useful on imaging, not on outcomes.",
      summary="Statins made coronary plaque shrink while its calcium content rose. The study does not say this calcium harms, and does not involve vitamin K.",
      read_where="Abstract in an abcdocz.com copy of the article (doc 1532663)")

study(key="CTT2010", label="CTT 2010 (statin trials meta-analysis)",
      citation="Cholesterol Treatment Trialists' (CTT) Collaboration. Lancet. 2010;376(9753):1670-1681.",
      doi="10.1016/S0140-6736(10)61350-5", pmid="21067804", topic="CARDIOVASCULAR", design="META_ANALYSIS",
      population="26 randomised statin trials with about 170,000 participants", n="",
      form="NONE", dose_ug_per_day="", dose_text="Statins against control, or more against less intensive statin regimens",
      duration="Median about 5 years", outcomes="Major vascular events; death from any cause",
      main_result="Each 1 mmol/L reduction in LDL cholesterol with statins cut major vascular events by about a fifth (rate ratio 0.78, 95% CI 0.76-0.80) and deaths from any cause by about 10%; more intensive regimens cut events a further 15%.",
      limitations="Participant data from trials, many industry-sponsored; effects differ by baseline risk.",
      grade="HIGH", grade_reason="Individual-participant meta-analysis of large randomised trials with hard outcomes.",
      summary="Across 26 trials, statins reduced heart attacks, strokes and deaths. That is the evidence to weigh against any claim that statins harm the heart.",
      read_where="Abstract on PMC (PMC2988224) and a PubMed mirror (PMID 21067804)")

# --- How the body makes MK-4 from K1 -----------------------------------------------------------------------------

study(key="OKANO2008", label="Okano 2008 (K1 to MK-4 in mice)",
      citation="Okano T, et al. J Biol Chem. 2008;283(17):11270-11279.",
      doi="10.1074/jbc.M702971200", pmid="18083713", topic="PHARMACOLOGY", design="PHARMACOKINETIC",
      population="Mice given labelled K1 by mouth, into the gut, into a vein or into the brain", n="",
      form="K1", dose_ug_per_day="", dose_text="Deuterium-labelled K1",
      duration="", outcomes="Labelled MK-4 in the brain",
      main_result="K1 became MK-4 in the brain when given by mouth or into the gut, but not when given into a vein or the brain; its side chain was removed and replaced, pointing to menadione released in the intestine as the route. More than 90% of the vitamin K in animal tissues is MK-4, while over 90% of dietary vitamin K is K1.",
      limitations="An animal study: it shows that conversion happens, not how much K1 becomes MK-4 in people, or whether that matters for bone.",
      grade="LOW", grade_reason="Careful tracer study, but in mice.",
      summary="Mice turn the K1 they eat into MK-4 in their tissues; the conversion starts in the gut wall, not in bacteria. How much this happens in people is not known.",
      read_where="Abstract on a PubMed mirror (47.251.13.51, PMID 18083713)")

# --- Exercise, insulin, coronary calcium ---------------------------------------------------------------------------

study(key="HOWE2011", label="Howe 2011 (exercise and bone, Cochrane review)",
      citation="Howe TE, et al. Cochrane Database Syst Rev. 2011;(7):CD000333.",
      doi="10.1002/14651858.CD000333.pub2", pmid="", topic="BONE", design="META_ANALYSIS",
      population="43 randomised trials in postmenopausal women (4,320 participants)", n="",
      form="NONE", dose_ug_per_day="", dose_text="Exercise programmes (strength, weight-bearing or combined) against no exercise",
      duration="24 weeks or more", outcomes="Bone density at hip and spine; fractures",
      main_result="Exercise had a small effect on bone density: progressive strength training of the legs helped the femoral neck most (+1.03%), combined programmes the spine (+3.22%). Fractures did not differ (OR 0.61, 95% CI 0.23-1.64).",
      limitations="The trials were poorly reported; fractures were few.",
      grade="MODERATE", grade_reason="Cochrane review of many randomised trials; small effects and low reporting quality.",
      summary="Exercise, especially strength training and mixed programmes, slows bone loss a little after menopause; a fracture benefit was not shown.",
      read_where="Abstract on cochranelibrary.com (CD000333.pub2) and physiospot.com")

study(key="YOSHIDA2008", label="Yoshida 2008 (K1 and insulin resistance)",
      citation="Yoshida M, et al. Diabetes Care. 2008;31(11):2092-2096.",
      doi="10.2337/dc08-1204", pmid="", topic="OTHER", design="RCT",
      population="Non-diabetic men and women aged 60-80 (60% women)", n="355",
      form="K1", dose_ug_per_day="500", dose_text="500 µg K1 a day in a multivitamin, or the multivitamin alone",
      duration="36 months", outcomes="Insulin resistance (HOMA-IR); fasting insulin and glucose",
      main_result="K1 slowed the rise in insulin resistance in men (HOMA-IR lower at 36 months, P = 0.01) but not in women; the effect differed by sex.",
      limitations="A secondary analysis of a bone trial; K1, not K2; no diabetes outcomes; no effect in women.",
      grade="LOW", grade_reason="Randomised, but an ancillary outcome with an effect in one sex only.",
      summary="In a three-year trial, K1 supplements slowed a worsening of insulin resistance in older men, not in women.",
      read_where="Abstract on diabetesjournals.org (Diabetes Care 31(11):2092)")

study(key="DETRANO2008", label="Detrano 2008 (coronary calcium and heart events, MESA)",
      citation="Detrano R, et al. N Engl J Med. 2008;358(13):1336-1345.",
      doi="10.1056/NEJMoa072100", pmid="", topic="CARDIOVASCULAR", design="COHORT",
      population="US adults without cardiovascular disease from four racial or ethnic groups (MESA)", n="6722",
      form="NONE", dose_ug_per_day="", dose_text="No treatment: coronary calcium measured by CT",
      duration="Median 3.8 years", outcomes="Coronary events (heart attack, coronary death and others)",
      main_result="Coronary calcium predicted heart events beyond the usual risk factors: scores above 300 went with 9.67 times the risk of no calcium, and each doubling of the score raised the risk of a major coronary event by 15-35%.",
      limitations="Shows that calcium marks risk; it does not show that lowering calcium lowers risk.",
      grade="MODERATE", grade_reason="Large population cohort with a strong, consistent association.",
      summary="People with more calcium in their coronary arteries had many more heart attacks. Calcification is a strong warning sign.",
      read_where="Abstract on experts.umn.edu and scilit.com")

# --- History -------------------------------------------------------------------------------------------------------

study(key="NOBEL_DAM", label="Nobel Prize 1943 (Henrik Dam)",
      citation="The Nobel Prize in Physiology or Medicine 1943: Henrik Dam, facts. NobelPrize.org.",
      doi="", pmid="", topic="OTHER", design="OFFICIAL_REPORT",
      population="None (a historical record)", n="", form="NONE", dose_ug_per_day="", dose_text="",
      duration="", outcomes="Who discovered vitamin K, when and how",
      main_result="Henrik Dam of Copenhagen shared the 1943 prize for discovering vitamin K. Chickens on a low-fat diet bled for a long time; in 1934 he showed that hempseed stopped it and concluded that it held a substance needed for blood to clot. A history page of the American Society for Biochemistry and Molecular Biology says he called it the coagulation vitamin ('Koagulations Vitamin'), shortened to vitamin K.",
      limitations="Where the name was first printed was not checked.",
      grade="HIGH", grade_reason="The prize-awarding body's own record.",
      summary="Vitamin K was discovered in Copenhagen by Henrik Dam in the early 1930s and named for blood clotting (coagulation); he won the 1943 Nobel Prize for it.",
      read_where="nobelprize.org (Henrik Dam, facts page) and the ASBMB Nobel laureates history page (asbmb.org)")
