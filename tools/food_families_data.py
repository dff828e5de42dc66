"""Writes curation/food_families.csv: which foods of the different sources are the same food, or belong together.

Kept as a script so the CSV quoting is always right; the CSV in resources is the source the app reads.
Each family is one food a user would search for ("Edam cheese", "Chicken liver"). Members are foods of USDA SR28,
the compiled menaquinone table (k2c:), Ciqual 2020 and the abstract-read literature (lit:), never merged into one
number. `same_food` = the very same food and state as the family's other `same_food` members; `similar` = belongs
to the family but differs (state, fat, salt, variety, or the state is not given). Rules: see curation/README.md.
Run: python3 tools/food_families_data.py   (then python3 tools/check_curation.py)
"""
import csv
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src/main/resources/k2explorer/data/curation/food_families.csv"
S, L = "same_food", "similar"


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:80]


def c(food):
    """A food of the compiled table (k2-compiled/menaquinones_compiled.csv), by its name as written there."""
    return "k2c:" + slug(food)


def lit(source_key, food):
    """A literature food (k2-literature/menaquinones.csv or other_values.csv), by source key and name."""
    return "lit:" + source_key + ":" + slug(food)


FAMILIES = []


def fam(name, *members):
    FAMILIES.append((name, members))


# ---------------------------------------------------------------- fermented soy and other fermented foods
fam("Natto",
    ("usda:16113", S, "plain natto (fermented soybeans); SR28 K1 only, no MK-7"),
    (c("Natto"), S, "natto; compiler merged Dunlop 2022 and Kamao 2007"),
    (lit("KAMAO2007", "Natto"), S, "commercial natto, Japan (Kamao 2007 abstract)"),
    (lit("TSUKAMOTO2000_JBMM", "Natto, regular (commercial type)"), S, "ordinary commercial natto"),
    (lit("TSUKAMOTO2000_JHS", "Natto, regular (commercial type)"), S, "ordinary commercial natto"),
    (lit("ODS_VITK", "Natto"), S, "natto in the NIH fact sheet table (per 3 oz, converted)"),
    (lit("JP_STDTAB2020_VIA_NATTOPOWER", "Natto"), S, "Japanese food table natto; value may be in MK-4 equivalents"),
    (lit("SCHURGERS2000", "Natto (meal)"), S, "natto eaten as a test meal; our conversion from µmol"),
    (lit("IKEDA2006_VIA_ISOFLAVONES", "Natto, one pack"), S, "one 40 g pack of natto (secondary summary)"),
    (c("Black bean natto"), L, "natto made from black soybeans, not the usual yellow ones"),
    (lit("TSUKAMOTO2000_JBMM", "Natto, MK-7-reinforced product (x1.5)"), L, "specially made high-MK-7 natto, not ordinary natto"),
    (lit("TSUKAMOTO2000_JBMM", "Natto, MK-7-reinforced product (x2)"), L, "specially made high-MK-7 natto, not ordinary natto"),
    (lit("TSUKAMOTO2000_JHS", "Natto, MK-7-reinforced product"), L, "specially made high-MK-7 natto, not ordinary natto"),
    (lit("JHEJ_NATTO", "Natto, laboratory-fermented (Miyagino strain of B. subtilis natto)"), L, "natto made in a laboratory test; best strain and condition"),
    (lit("NAKAJIMA2021", "Natto, experimental low-MK-7 product (B. subtilis TTCC2051)"), L, "test natto bred to be low in MK-7 (for warfarin users)"))
fam("Tempeh",
    (c("Tempeh"), S, "tempeh; compiler's own unpublished analysis"),
    ("ciqual:20917", S, "Ciqual 'Tempeh'"),
    ("usda:16114", S, "USDA 'Tempeh': SR28 gives no vitamin K value"))
fam("Miso",
    (c("Miso paste"), S, "miso paste; compiler's own unpublished analysis"),
    ("usda:16112", S, "USDA 'Miso' (K1 only)"),
    ("ciqual:20916", S, "Ciqual 'Miso' (K1 only)"))
fam("Kimchi",
    (c("Kimchi"), S, "kimchi"),
    ("usda:11118", S, "USDA 'Cabbage, kimchi' (K1 only)"))
fam("Sauerkraut",
    (c("Sauerkraut"), L, "sauerkraut; whether drained, canned or raw is not given"),
    ("usda:11439", L, "canned sauerkraut with its liquid"),
    ("ciqual:25220", L, "sauerkraut drained and cooked, without meats"))
fam("Soy sauce",
    (c("Soy sauce"), S, "soy sauce; compiler's own unpublished analysis"),
    ("ciqual:11104", S, "Ciqual 'Soy sauce, prepacked'"),
    ("usda:16123", S, "ordinary brewed soy sauce (shoyu); USDA assumes K1 zero"),
    ("usda:16124", L, "tamari, soy sauce made without wheat"))
fam("Firm tofu",
    (c("Cotton tofu (hard tofu)"), L, "Japanese firm (momen) tofu"),
    ("usda:16126", L, "firm tofu set with calcium sulfate and nigari"),
    ("ciqual:20904", L, "Ciqual 'Tofu, plain'; firmness not given"))
fam("Silken tofu",
    (c("Silken tofu (soft tofu)"), S, "Japanese silken (kinugoshi) tofu"),
    ("ciqual:20906", S, "Ciqual 'Tofu silky'"),
    ("usda:16127", L, "USDA soft tofu set with nigari; may not be silken"))
fam("Soy yogurt",
    (c("Soygurt/ plantgurt"), L, "fermented soy or plant yogurt"),
    ("usda:43476", L, "USDA 'Tofu yogurt'"),
    ("ciqual:19693", L, "Ciqual plain soy dessert; not said to be fermented"))
fam("Plant-based cheese",
    (c("Vegan slices"), L, "vegan cheese-style slices"),
    (c("Vegan Cheese slices"), L, "vegan cheese-style slices"),
    (c("Plant based grated"), L, "grated vegan cheese substitute"),
    ("ciqual:1029", L, "plant-based cheese without soybean"),
    ("ciqual:1028", L, "plant-based cheese made with cashew"),
    ("usda:01161", L, "USDA 'Cheese substitute, mozzarella'"))
fam("Kefir",
    (c("Kefir"), S, "plain kefir (Tarvainen 2019)"),
    ("ciqual:19865", S, "Ciqual 'Kefir'"),
    ("usda:01289", L, "low-fat plain kefir (one US brand)"))
fam("Soured milk",
    (c("Soured milk (3.5% fat)"), L, "Danish cultured whole milk, 3.5% fat"),
    ("ciqual:19805", L, "French plain fermented milk drink made with whole milk"),
    (c("Ymer (3.5% fat)"), L, "Ymer, a thick Danish cultured milk"))
fam("Kombucha",
    (c("Kombucha"), S, "kombucha; compiler's own unpublished analysis"),
    ("ciqual:18025", S, "Ciqual 'Kombucha, prepacked'"))
fam("Cider vinegar",
    (c("Apple vinegar"), S, "apple (cider) vinegar; compiler's own unpublished analysis"),
    ("usda:02048", S, "USDA 'Vinegar, cider'"),
    ("ciqual:11090", S, "Ciqual 'Vinegar, cider'"))

# ---------------------------------------------------------------- cheese
fam("Edam cheese",
    (c("Edam"), S, "Edam (Vermeer 2018, Dutch)"),
    ("ciqual:12729", S, "Ciqual 'Edam cheese, from cow's milk' (K2 total)"),
    ("usda:01018", S, "USDA 'Cheese, edam' (K1 only, calculated)"))
fam("Gouda cheese",
    ("usda:01022", S, "USDA 'Cheese, gouda'; age not given"),
    ("ciqual:12736", S, "Ciqual 'Gouda cheese, from cow's milk'; age not given"),
    (c("Young Gouda"), L, "young Gouda; ripening age stated, unlike USDA and Ciqual"),
    (c("Middle aged Gouda"), L, "middle-aged Gouda; ripening age stated"),
    (c("Aged Gouda"), L, "aged Gouda; ripening age stated"),
    (c("Milner (young)"), L, "Milner, a Dutch reduced-fat Gouda-type brand; young"),
    (c("Milner (middle aged)"), L, "Milner, a Dutch reduced-fat Gouda-type brand; middle-aged"),
    (c("Milner (aged)"), L, "Milner, a Dutch reduced-fat Gouda-type brand; aged"))
fam("Cheddar cheese",
    (c("Cheddar (full fat)"), S, "full-fat cheddar"),
    ("usda:01009", S, "USDA 'Cheese, cheddar' (measured MK-4)"),
    ("ciqual:12726", S, "Ciqual 'Cheddar cheese, from cow's milk'"),
    ("usda:01270", L, "sharp cheddar, sliced (USDA repeats the cheddar values)"),
    (c("Cheddar (low fat)"), L, "low-fat cheddar"),
    ("usda:01260", L, "reduced-fat cheddar"),
    ("usda:01168", L, "low-fat cheddar or colby"))
fam("Emmental and Swiss cheese",
    (c("Emmentaler"), S, "Emmental"),
    ("ciqual:12115", S, "Ciqual 'Emmental cheese, from cow's milk' (K2 total)"),
    ("usda:01040", L, "US 'Swiss' cheese, an Emmental-style cheese made in the USA"),
    (lit("HOJO2007", "Emmental (Swiss) and Jarlsberg (Norwegian) cheese"), L, "Emmental and Jarlsberg; MK-9(4H) only, a different vitamer"),
    (lit("WALTHER2021_IDJ", "Swiss cheeses (10 varieties, cow/goat/ewe)"), L, "range over ten Swiss cheese varieties, not Emmental alone"))
fam("Gruyere cheese",
    (c("Gruyere"), S, "Gruyère"),
    ("usda:01023", S, "USDA 'Cheese, gruyere'"),
    ("ciqual:12114", S, "Ciqual 'Gruyere cheese, from cow's milk'"))
fam("Maasdam cheese",
    (c("Maasdam"), L, "Maasdam (Vermeer 2018)"),
    ("ciqual:12705", L, "reduced-fat Maasdam-type firm cheese, ~14% fat"))
fam("Brie cheese",
    (c("Brie"), S, "Brie"),
    ("usda:01006", S, "USDA 'Cheese, brie'"),
    ("ciqual:12020", S, "Ciqual 'Brie cheese, from cow's milk'"),
    ("ciqual:12021", L, "Brie de Meaux, a named regional Brie"),
    ("ciqual:12022", L, "Brie de Melun, a named regional Brie"))
fam("Camembert cheese",
    (c("Camembert"), S, "Camembert"),
    ("usda:01007", S, "USDA 'Cheese, camembert'"),
    ("ciqual:12001", S, "Ciqual 'Camembert cheese, from cow's milk'"),
    ("ciqual:12006", L, "Camembert made from raw milk"),
    ("ciqual:12009", L, "reduced-fat Camembert-type cheese"))
fam("Munster cheese",
    (c("Muenster"), L, "Muenster, listed by the compiler as surface-ripened; origin unclear"),
    ("ciqual:12039", L, "French Munster, a washed-rind cheese"),
    ("usda:01030", L, "US Muenster, a mild semi-soft cheese unlike French Munster"))
fam("Blue cheese",
    (c("Blue cheese"), S, "US blue cheese category (Fu 2017)"),
    (lit("FU2017_CDN", "Blue cheese"), S, "same US category, same study; total vitamin K only"),
    ("usda:01004", S, "USDA 'Cheese, blue'"),
    ("ciqual:12520", L, "French blue cheese from cow's milk"),
    (c("Roquefort"), L, "Roquefort, a named blue cheese (sheep's milk)"),
    (c("Stilton"), L, "Stilton, a named blue cheese"))
fam("Gorgonzola cheese",
    (c("Gorgonzola"), S, "Gorgonzola"),
    ("ciqual:12524", S, "Ciqual 'Gorgonzola cheese, from cow's milk'"))
fam("Danablue cheese",
    (c("Danablue"), S, "Danablue (Jensen 2022)"),
    (lit("JENSEN2025", "Danablue (blue cheese)"), S, "Danablue; given in K1 equivalents, not mass"))
fam("Soft cheese",
    (c("Soft cheese"), S, "soft-cheese category; compiler merged Fu 2017 and Schurgers 2000"),
    (lit("FU2017_CDN", "Soft cheese"), S, "US soft-cheese category, same study; total vitamin K only"))
fam("Semi-soft cheese",
    (c("Semi Soft cheese"), S, "US semi-soft cheese category (Fu 2017)"),
    (lit("FU2017_CDN", "Semi-soft cheese"), S, "same US category, same study; total vitamin K only"),
    (c("Raclette"), L, "Raclette, a named semi-soft cheese"),
    (c("Havarti Cheese (60% fat)"), L, "Havarti, a Danish semi-soft cheese"),
    (c("Danbo Cheese (20% fat) 10-14 weeks"), L, "Danbo, a Danish semi-soft cheese; reduced fat"),
    (c("Danbo Cheese (45% fat) 15-20 weeks"), L, "Danbo, riper and fuller-fat; compiler calls it semi-hard"),
    (c("Samso cheese (30% fat)"), L, "Samsø, a Danish semi-soft cheese"),
    (c("Salad cheese"), L, "Danish salad cheese (brined, feta-like)"))
fam("Hard cheese",
    (c("Hard cheese"), S, "hard-cheese category; compiler merged Fu 2017 and Schurgers 2000"),
    (lit("FU2017_CDN", "Hard cheese"), S, "US hard-cheese category, same study; total vitamin K only"),
    ("ciqual:12100", L, "French hard cheeses, average"))
fam("Processed cheese",
    (c("Processed cheese"), S, "processed cheese; compiler merged three studies"),
    (lit("FU2017_CDN", "Processed cheese"), S, "US processed cheese, total vitamin K only"),
    ("usda:01042", L, "US pasteurized process American cheese (measured MK-4)"),
    ("ciqual:12300", L, "French processed cheese slices"))
fam("Parmesan cheese",
    (c("Parmagiano Reggiano"), S, "Parmigiano Reggiano"),
    ("ciqual:12120", S, "Ciqual 'Parmesan cheese, from cow's milk'"),
    ("usda:01033", L, "US hard parmesan, not necessarily Parmigiano Reggiano"),
    ("usda:01032", L, "US grated parmesan (measured MK-4)"),
    (c("Grana Padano"), L, "Grana Padano, a related Italian grana cheese"))
fam("Pecorino cheese",
    (c("Pecorino"), L, "Pecorino; which kind is not given"),
    ("usda:01038", L, "USDA 'Cheese, romano' (Pecorino Romano type)"))
fam("Feta cheese",
    (c("Feta"), S, "feta"),
    ("ciqual:12066", S, "Ciqual 'Feta cheese, PDO'"),
    ("usda:01019", S, "USDA 'Cheese, feta'"),
    ("ciqual:12060", L, "feta-type cheese from cow's milk"))
fam("Goat cheese",
    (c("Goat Cheese"), L, "goat cheese; type (fresh, soft, hard) not given"),
    ("usda:01159", L, "soft goat cheese"),
    ("usda:01157", L, "semi-soft goat cheese"),
    ("usda:01156", L, "hard goat cheese"),
    ("ciqual:12805", L, "fresh goat cheese"),
    ("ciqual:12810", L, "semi-dry goat cheese"),
    ("ciqual:12815", L, "dry goat cheese"))
fam("Mozzarella",
    (c("Mozzarella"), L, "mozzarella, not part-skim; fresh or low-moisture not given"),
    ("usda:01026", S, "whole-milk mozzarella"),
    ("ciqual:19590", S, "Ciqual 'Mozzarella cheese, from cow's milk'"),
    ("ciqual:19591", L, "buffalo-milk mozzarella"),
    ("usda:01027", L, "whole-milk mozzarella, low moisture"))
fam("Mozzarella, part-skim",
    (c("Mozzarella (part skim)"), S, "part-skim mozzarella (Fu 2017, USA)"),
    ("usda:01028", S, "USDA 'Cheese, mozzarella, part skim milk'"),
    ("usda:01029", L, "part-skim, low-moisture mozzarella (measured MK-4)"))
fam("Cream cheese",
    (c("Cream cheese"), S, "cream cheese"),
    ("usda:01017", S, "USDA 'Cheese, cream' (measured MK-4)"),
    ("usda:01031", L, "Neufchatel, a lower-fat US cream cheese"),
    ("usda:43274", L, "low-fat cream cheese"),
    ("ciqual:12315", L, "French spreadable soft cheese in a tub, ~25% fat"),
    (c("Boursin"), L, "Boursin, a flavoured French fresh cream cheese"))
fam("Cottage cheese",
    (c("Cottage cheese (4% fat)"), S, "creamed cottage cheese, 4% fat"),
    ("usda:01012", S, "USDA creamed cottage cheese (4% milkfat)"),
    (c("Cottage cheese (low fat)"), L, "low-fat cottage cheese; fat not given"),
    ("usda:01015", L, "cottage cheese, 2% milkfat"),
    ("usda:01016", L, "cottage cheese, 1% milkfat"))
fam("Quark and curd cheese",
    (c("Curd cheese"), L, "Dutch curd cheese (kwark), Schurgers 2000"),
    (c("Whole curd"), L, "full-fat curd cheese; attributed to Dunlop 2022 but possibly Dutch"),
    (c("Skyr (0.2% fat)"), L, "skyr, a strained cultured dairy food; no form was detected"),
    ("ciqual:19646", L, "French plain fresh cheese (fromage blanc), ~3% fat"),
    ("ciqual:19641", L, "drained soft fresh cheese, ~6% fat"))
fam("Cheesecake",
    (c("Cheesecake"), L, "cheesecake; recipe not given"),
    ("usda:18147", L, "US commercial cheesecake"),
    ("ciqual:19689", L, "French prepacked cheesecake"))

# ---------------------------------------------------------------- milk, cream, yogurt, butter
fam("Whole milk",
    (c("3.5% Whole fat milk"), S, "whole milk, 3.5% fat"),
    (lit("FU2017_CDN", "Milk, whole (4% fat)"), S, "US whole milk; total vitamin K only"),
    ("usda:01077", S, "US whole milk, 3.25% fat, vitamin D added"),
    ("usda:01211", S, "US whole milk, 3.25% fat, no vitamins added"),
    ("ciqual:19024", S, "pasteurised whole milk"),
    ("ciqual:19023", L, "UHT-treated whole milk (K2 total)"))
fam("Milk, 2% fat",
    (lit("FU2017_CDN", "Milk, 2% fat"), S, "US 2% milk; total vitamin K only"),
    ("usda:01079", S, "US 2% milk, vitamins A and D added"),
    ("ciqual:19042", L, "French semi-skimmed milk (about 1.5% fat), pasteurised"))
fam("Milk, 1% fat",
    (c("1% fat Milk"), S, "1% fat milk; compiler merged three studies"),
    (lit("FU2017_CDN", "Milk, 1% fat"), S, "US 1% milk; total vitamin K only"),
    ("usda:01082", S, "US 1% milk, vitamins A and D added"),
    ("usda:01175", S, "US 1% milk, no vitamins added"),
    ("ciqual:19037", L, "French 1.2% fat UHT milk with vitamin D"))
fam("Skim milk",
    (lit("FU2017_CDN", "Milk, nonfat"), S, "US nonfat milk; total vitamin K only"),
    ("usda:01085", S, "US nonfat (skim) milk"),
    ("ciqual:19051", S, "pasteurised skimmed milk"))
fam("Buttermilk",
    (c("Butter milk"), L, "Dutch buttermilk (Schurgers 2000); fat not given"),
    ("usda:01088", L, "US cultured low-fat buttermilk"),
    ("usda:01230", L, "US whole buttermilk"))
fam("Cream",
    (c("Full fat cream (30-38% fat)"), L, "cream with 30-38% fat; compiler merged four studies"),
    ("usda:01053", L, "US heavy whipping cream"),
    ("usda:01052", L, "US light whipping cream"),
    ("ciqual:19415", L, "liquid cream, 30% fat, UHT"))
fam("Sour cream and creme fraiche",
    (c("Sour cream (18% fat)"), S, "cultured sour cream, 18% fat (Danish)"),
    ("usda:01056", S, "US cultured sour cream (about 19% fat; measured MK-4)"),
    (c("Sour Cream (38% fat)"), L, "full-fat cultured cream, 38% fat"),
    (c("Thickend cream (creme fraiche)"), L, "thickened cream (Palmer 2021); not certainly cultured"),
    ("ciqual:19410", L, "thick cream (crème fraîche), 30% fat"),
    ("ciqual:19431", L, "light thick cream, 15-20% fat"))
fam("Plain yogurt",
    (c("Yoghurt (3.5% fat)"), S, "plain whole-milk yogurt, 3.5% fat"),
    ("usda:01116", S, "US plain whole-milk yogurt"),
    ("ciqual:19593", L, "French plain yogurt or fermented milk; fat not given (K2 total)"),
    ("ciqual:19600", L, "French plain yogurt, average of kinds (K2 total)"),
    (c("Low fat yoghurt (0.1-1.5% fat)"), L, "low-fat plain yogurt"),
    ("usda:01117", L, "US plain low-fat yogurt"),
    ("usda:01118", L, "US plain skim-milk yogurt"),
    ("ciqual:19594", L, "French plain fat-free yogurt (K2 total)"))
fam("Greek yogurt",
    (c("Greek yoghut (10% fat)"), L, "Greek yogurt, 10% fat"),
    ("usda:01293", L, "US plain Greek yogurt, whole milk (lower fat than 10%)"),
    ("usda:01256", L, "US plain nonfat Greek yogurt (measured MK-4)"),
    ("ciqual:19550", L, "Greek-style yogurt from ewe's milk"))
fam("Fruit yogurt",
    (c("Fruit flavored yoghurt"), L, "fruit-flavoured yogurt; fat not given"),
    ("usda:01120", L, "US low-fat fruit yogurt"),
    ("ciqual:19628", L, "French fruit yogurt, average"))
fam("Ice cream",
    (c("Ice cream (regular fat)"), L, "regular-fat ice cream; flavour not given"),
    ("usda:19095", L, "US vanilla ice cream"),
    ("ciqual:39527", L, "French ice cream in box or cup, average"))
fam("Milkshake",
    (c("Milk shake"), L, "milkshake (Elder 2006, USA); flavour not given"),
    ("usda:01111", L, "thick vanilla milkshake"),
    ("usda:14347", L, "fast-food vanilla shake"),
    ("ciqual:39001", L, "fast-food milkshake"))
fam("Butter",
    ("ciqual:16400", S, "unsalted butter, 82% fat (K2 total)"),
    ("ciqual:16414", S, "unsalted butter, average (K2 total)"),
    ("usda:01145", S, "US butter without salt"),
    (c("Butter"), L, "butter; salted or not is not given"),
    ("usda:01001", L, "US salted butter"),
    ("usda:01002", L, "US whipped salted butter (measured MK-4)"),
    ("ciqual:16403", L, "salted butter, 80% fat"),
    ("ciqual:16402", L, "lightly salted butter, 80% fat"))
fam("Margarine",
    (c("Margarine"), L, "margarine; oils and fat content not given"),
    ("usda:04610", L, "US stick margarine, 80% fat"),
    ("usda:04611", L, "US tub margarine, 80% fat (measured MK-4)"),
    ("ciqual:16615", L, "French margarine-type vegetable fat, 80% fat"))

# ---------------------------------------------------------------- eggs and mayonnaise
fam("Whole egg, raw",
    (c("Whole eggs fresh"), S, "fresh (raw) whole hen's egg"),
    ("usda:01123", S, "USDA 'Egg, whole, raw, fresh'"),
    ("ciqual:22000", S, "Ciqual 'Egg, raw'"),
    (c("Egg (free range)"), L, "free-range egg (Denmark); state not given"),
    (c("Egg (barn)"), L, "barn egg (Denmark); state not given"),
    (lit("OSULLIVAN2020", "Egg, whole, raw - hens fed menadione-supplemented feed (12.9-45.7 mg K3/kg)"), L, "eggs from a feeding trial with extra vitamin K3, not ordinary eggs"))
fam("Egg yolk",
    ("usda:01125", S, "raw fresh yolk"),
    ("ciqual:22002", S, "raw yolk (K2 total)"),
    (c("Egg yolk"), L, "egg yolk; raw or cooked not given"))
fam("Egg white",
    ("usda:01124", S, "raw fresh egg white"),
    ("ciqual:22001", S, "raw egg white (K2 total)"),
    (c("Egg white"), L, "egg white; raw or cooked not given"))
fam("Fried egg",
    (c("Whole eggs fried"), S, "fried whole egg (Elder 2006)"),
    ("usda:01128", S, "USDA 'Egg, whole, cooked, fried'"),
    ("ciqual:22501", L, "fried egg with salt"))
fam("Mayonnaise",
    (c("Mayonnaise with whole egg"), L, "Japanese mayonnaise made with whole egg"),
    (c("Mayonnaise with egg yolk"), L, "Japanese mayonnaise made with egg yolk"),
    ("usda:04025", L, "US regular mayonnaise"),
    ("ciqual:11054", L, "French mayonnaise, 70% fat or more"))

# ---------------------------------------------------------------- liver, heart and other offal
fam("Chicken liver",
    (c("Raw chicken liver"), S, "raw chicken liver (Elder 2006)"),
    ("usda:05027", S, "USDA 'Chicken, liver, all classes, raw'"),
    ("ciqual:40111", S, "Ciqual 'Liver, chicken, raw'"),
    (lit("ODS_VITK", "Chicken liver, braised"), L, "braised chicken liver (NIH fact sheet)"),
    ("usda:05028", L, "simmered chicken liver"),
    ("ciqual:40116", L, "cooked chicken liver"))
fam("Beef liver",
    ("usda:13325", S, "raw beef liver"),
    ("ciqual:40104", S, "raw liver of a young cow (heifer) (K2 total)"),
    (c("Liver (beef)"), L, "beef liver (Elder 2006); raw or cooked not given"),
    ("usda:13326", L, "braised beef liver"),
    ("ciqual:40105", L, "cooked liver of a young cow"))
fam("Calf liver",
    ("usda:17202", S, "raw veal liver"),
    ("ciqual:40106", S, "raw calf liver"),
    (c("Veal liver"), L, "veal liver (Jensen 2022); raw or cooked not given"),
    ("ciqual:40107", L, "cooked calf liver"))
fam("Pork liver",
    ("ciqual:40119", S, "raw pork liver (K2 total)"),
    ("usda:10110", S, "USDA raw pork liver: SR28 gives no vitamin K value"),
    (c("Liver"), L, "pork liver; compiler merged three studies, state not given"))
fam("Lamb liver",
    (c("Lamb liver"), L, "lamb liver (Dunlop 2022); raw or cooked not given"),
    ("ciqual:40102", S, "raw lamb liver"),
    ("usda:17199", S, "USDA raw lamb liver: SR28 gives no vitamin K value"),
    ("ciqual:40103", L, "cooked lamb liver"))
fam("Goose liver",
    ("ciqual:40120", S, "raw goose liver (K2 total 369)"),
    ("usda:05150", S, "USDA raw goose liver: SR28 gives no vitamin K value"))
fam("Liver pate",
    (c("Liverpate"), L, "Danish liver pâté (mostly pork liver)"),
    ("usda:07014", L, "Braunschweiger, a US pork liver sausage"),
    ("ciqual:8316", L, "poultry liver pâté"))
fam("Pork heart",
    (c("Heart"), L, "pork heart (Jensen 2022); raw or cooked not given"),
    ("ciqual:40060", S, "raw pork heart"),
    ("usda:10103", S, "USDA raw pork heart: SR28 gives no vitamin K value"))
fam("Beef fat",
    (lit("BEEFVAR_FS14", "Beef fat composite (trim)"), L, "trimmed beef fat, raw and cooked not separated"),
    ("usda:13019", L, "separable fat of beef retail cuts, raw"),
    ("usda:13020", L, "separable fat of beef retail cuts, cooked"),
    ("usda:13335", L, "raw beef suet"))

# ---------------------------------------------------------------- beef and veal
fam("Ground beef",
    ("ciqual:6252", S, "raw minced beef, 10% fat (K2 total)"),
    ("usda:23562", S, "raw ground beef, 90% lean / 10% fat"),
    (c("Minced Beef (medium fat)"), L, "minced beef, medium fat; raw or cooked not given"),
    (lit("ODS_VITK", "Ground beef, broiled"), L, "broiled ground beef (NIH fact sheet); fat not given"),
    ("usda:23573", L, "broiled patty, 80% lean / 20% fat"),
    ("ciqual:6253", L, "cooked minced beef, 10% fat"))
fam("Beef",
    (c("Beef"), L, "beef, cut not given; compiler merged three studies"),
    ("usda:23482", L, "US composite of trimmed beef cuts, raw"),
    ("ciqual:6999", L, "French cooked meat, average"))
fam("Beef steak",
    (c("Beef steak"), L, "beef steak (Dunlop 2022); cut and state not given"),
    ("ciqual:6201", L, "raw beef steak"))
fam("Beef rump steak",
    (c("Rumpsteak"), L, "rump steak (Jensen 2022); state not given"),
    ("ciqual:6206", L, "raw rump steak"),
    ("usda:23611", L, "US top sirloin steak, raw (roughly the rump)"))
fam("Beef topside",
    (c("Topside beef"), L, "topside (Jensen 2022); state not given"),
    ("ciqual:6160", L, "raw beef topside"),
    ("usda:23609", L, "US top round steak, raw (the topside cut)"))
fam("Beef knuckle",
    (c("Knuckle"), L, "knuckle (Jensen 2022); state not given"),
    ("ciqual:6150", L, "raw beef knuckle"),
    ("usda:23055", L, "US round knuckle steak, raw (measured MK-4)"))
fam("Beef chuck",
    (c("Chuck (raw)"), S, "raw beef chuck (Kamao 2007, Japan)"),
    ("ciqual:6270", S, "raw beef chuck"),
    ("usda:23057", L, "US chuck shoulder-clod steak, raw (measured MK-4)"))
fam("Beef brisket",
    (c("Brisket"), L, "brisket (Jensen 2022); state not given"),
    ("usda:13805", L, "US brisket flat half, lean and fat, raw"))
fam("Corned beef",
    (c("Corned beef"), L, "corned beef (Schurgers 2000); canned or not is not given"),
    ("usda:13348", S, "canned corned beef"),
    ("ciqual:28505", S, "Ciqual 'Corned-beef, canned'"))
fam("Beef sausage",
    (c("Beef sausage"), L, "beef sausage (Palmer 2021, Australia)"),
    ("usda:07956", L, "US fresh beef sausage, cooked"),
    ("usda:07954", L, "US pre-cooked beef sausage"))
fam("Hamburger",
    (c("Hamburger (2-4 oz)"), L, "hamburger sandwich (Elder 2006, USA)"),
    (c("Hamburger (with cheese and sauce)"), L, "cheeseburger with sauce (Elder 2006)"),
    ("usda:21108", L, "US fast-food hamburger, single patty, with condiments"),
    ("usda:21090", L, "US fast-food cheeseburger, single patty, with condiments"),
    ("ciqual:25413", L, "French fast-food hamburger"),
    ("ciqual:25414", L, "French fast-food cheeseburger"))
fam("Veal loin",
    ("usda:17104", S, "raw veal loin, lean and fat"),
    ("ciqual:6513", S, "raw veal loin"),
    (c("Veal shortloin"), L, "veal short loin (Jensen 2022); state not given"))
fam("Veal",
    (c("Veal meat"), L, "veal, cut not given (Palmer 2021)"),
    (c("Veal brisk"), L, "veal brisket (Jensen 2022)"),
    ("usda:17089", L, "US veal, composite of cuts, cooked"),
    ("ciqual:6522", L, "raw veal tenderloin"))

# ---------------------------------------------------------------- poultry
fam("Chicken breast",
    ("usda:05062", S, "raw skinless chicken breast (measured MK-4)"),
    ("ciqual:36017", S, "raw chicken breast without skin (K2 total)"),
    (c("Chicken breast"), L, "chicken breast; skin and state not given"),
    ("usda:05747", L, "grilled skinless chicken breast (measured MK-4)"),
    ("ciqual:36018", L, "cooked chicken breast without skin"))
fam("Rotisserie chicken",
    (lit("ODS_VITK", "Chicken breast, rotisserie"), S, "rotisserie chicken breast (NIH fact sheet, per 3 oz)"),
    ("usda:05348", S, "rotisserie breast, meat and skin; the likely source of the ODS figure"),
    (c("Chicken barbeque"), L, "barbecued chicken (Elder 2006); part not given"),
    ("usda:05345", L, "rotisserie thigh, meat only (measured MK-4)"),
    ("usda:05343", L, "rotisserie drumstick, meat only (measured MK-4)"))
fam("Chicken meat",
    ("usda:05011", S, "raw chicken meat only"),
    ("ciqual:36003", S, "raw chicken meat"),
    (c("Chicken meat"), L, "chicken meat (Dunlop 2022, Palmer 2021); state not given"),
    (lit("KOIVU2000", "Chicken meat"), L, "highest chicken sample in a Finnish study; total vitamin K only"))
fam("Chicken leg",
    ("usda:05080", S, "raw chicken leg, meat only"),
    ("ciqual:36024", S, "raw chicken leg meat (K2 total)"),
    ("ciqual:36002", L, "raw chicken leg with skin"),
    ("usda:05075", L, "raw chicken leg with skin"))
fam("Chicken thigh",
    (c("Chicken thighs"), L, "chicken thighs; skin and state not given"),
    (lit("JENSEN2025", "Chicken thigh with skin"), L, "chicken thigh with skin; K1 equivalents, not mass"),
    ("usda:05091", L, "raw chicken thigh with skin"),
    ("usda:05096", L, "raw chicken thigh, meat only"),
    ("ciqual:36019", L, "raw chicken thigh (high leg) meat"))
fam("Chicken skin",
    (c("Chicken skin"), L, "chicken skin (Jensen 2022); state not given"),
    ("usda:05015", L, "raw chicken skin"),
    ("usda:05344", L, "rotisserie chicken skin (measured MK-4)"))
fam("Chicken nuggets",
    (c("Chicken nuggets"), L, "chicken nuggets (Elder 2006)"),
    ("usda:22974", L, "US frozen precooked chicken nuggets"),
    ("usda:36614", L, "restaurant chicken nuggets (measured MK-4)"),
    ("ciqual:36027", L, "French breaded chicken nuggets"))
fam("Turkey breast",
    (c("Turkey breast"), L, "turkey breast (Jensen 2022); state not given"),
    ("usda:05219", L, "raw turkey breast meat"),
    ("ciqual:36304", L, "raw turkey escalope (breast)"),
    ("usda:07081", L, "sliced prepackaged turkey breast (measured MK-4)"))
fam("Duck",
    ("ciqual:36201", S, "raw duck meat (K2 total)"),
    ("usda:05141", S, "raw duck meat only"),
    (c("Duck breast"), L, "duck breast (Schurgers 2000); skin and state not given"),
    (c("Duck breast with skin"), L, "duck breast with skin (Jensen 2022)"),
    ("usda:05139", L, "raw duck, meat and skin"))
fam("Goose meat",
    ("ciqual:36500", S, "raw goose meat (K2 total 31)"),
    ("usda:05148", S, "USDA raw goose meat only: SR28 gives no vitamin K value"),
    (c("Goose leg"), L, "goose leg (Schurgers 2000); its MK-4 equals Ciqual's goose value"),
    ("usda:05147", L, "roasted goose, meat and skin"))

# ---------------------------------------------------------------- pork
fam("Pork",
    (c("Pork"), L, "pork, cut not given (Dunlop 2022)"),
    (lit("FU2016_PORK", "Pork products (processed and fresh cuts)"), L, "range over 62 US pork products; menaquinone total only"),
    ("usda:10003", L, "US composite of fresh pork cuts, raw"),
    ("ciqual:28205", L, "French cooked pork, average"))
fam("Pork loin",
    ("usda:10020", S, "raw pork loin, lean and fat"),
    ("ciqual:28003", S, "raw pork loin"),
    (c("Loin"), L, "pork loin; compiler merged two studies, state not given"))
fam("Pork tenderloin",
    ("ciqual:28201", S, "raw lean pork tenderloin (K2 total)"),
    ("usda:10060", S, "raw pork tenderloin, lean only"))
fam("Pork chop",
    ("ciqual:28100", S, "raw pork chop (K2 total)"),
    ("usda:10036", S, "raw bone-in centre loin chop"),
    (c("Chops"), L, "pork chops (Dunlop 2022); state not given"),
    (c("Cutlet"), L, "pork cutlet (Dunlop 2022); Australian name for a chop-like cut"),
    (c("Neck chops"), L, "pork neck (collar) chops, not loin chops"),
    (c("Steak (pork)"), L, "pork steak (Schurgers 2000); cut not given"))
fam("Pork leg and schnitzel",
    (c("Thigh (raw)"), L, "raw pork leg (Japanese 'momo'); lean or fat not given"),
    (c("Schnitzel"), L, "pork schnitzel (Jensen 2022), usually cut from the leg"),
    ("usda:10010", L, "raw fresh pork leg (ham), lean only"),
    ("ciqual:28460", L, "raw pork leg escalope"))
fam("Ground pork",
    (c("Minced meat"), L, "minced pork; fat and state not given"),
    ("usda:10220", L, "cooked ground pork"))
fam("Ham",
    (c("Ham"), L, "ham; kind not given (Dunlop 2022, Elder 2006)"),
    (lit("ODS_VITK", "Ham, roasted or pan-broiled"), L, "roasted or pan-broiled ham (NIH fact sheet)"),
    ("usda:10879", L, "US cured ham, water added, roasted (measured MK-4)"),
    ("usda:07028", L, "US sliced packaged ham (measured MK-4)"),
    ("ciqual:28900", L, "French cooked ham"))
fam("Bacon",
    (c("Bacon"), L, "bacon; compiler merged three studies, state not given"),
    (c("Bacon (raw)"), L, "raw bacon (Elder 2006)"),
    ("usda:10123", L, "US raw cured bacon"),
    ("usda:10862", L, "US pan-fried bacon"),
    ("ciqual:28727", L, "back bacon"))
fam("Salami",
    ("ciqual:30350", L, "salami, meat not given (K2 total)"),
    ("ciqual:30352", L, "pork and beef salami"),
    (c("Salami (pork)"), L, "pork salami (Jensen 2022)"),
    (c("Salami (beef)"), L, "beef salami"),
    ("usda:07072", L, "US dry or hard salami, pork and beef"),
    ("usda:07069", L, "US cooked salami, beef and pork (measured MK-4); not dry-cured"))
fam("Chorizo",
    (c("Chorizo"), L, "chorizo (Jensen 2022)"),
    ("usda:07019", L, "US chorizo, pork and beef"))
fam("Frankfurter",
    (c("Wiener sausage"), L, "Danish wiener sausage, a frankfurter type"),
    ("usda:07962", L, "US meat and poultry frankfurter (measured MK-4)"),
    ("usda:07022", L, "US beef frankfurter"))

# ---------------------------------------------------------------- lamb and game
fam("Lamb",
    (c("Lamb meat"), L, "lamb, cut not given (Palmer 2021)"),
    (c("Lamb rump"), L, "lamb rump (Jensen 2022)"),
    ("usda:17002", L, "US lamb, composite of cuts, cooked"),
    ("ciqual:21502", L, "raw leg of lamb"))
fam("Lamb chops",
    (c("Lamb chops"), L, "lamb chops (Dunlop 2022); state not given"),
    ("ciqual:21500", L, "raw lamb cutlet (chop)"),
    ("usda:17024", L, "US broiled lamb loin"))
fam("Minced lamb",
    (c("Lamb minced"), L, "minced lamb (Jensen 2022); state not given"),
    ("usda:17224", L, "raw ground lamb"),
    ("usda:17225", L, "broiled ground lamb"))
fam("Venison",
    (c("Deer"), L, "deer meat (Dunlop 2022); species and state not given"),
    ("ciqual:14000", L, "roasted roe deer (K2 total)"),
    ("ciqual:14006", L, "raw red deer (hart)"),
    ("usda:17164", L, "raw deer meat"))

# ---------------------------------------------------------------- fish and seafood
fam("Eel",
    ("ciqual:27016", S, "raw eel"),
    ("usda:15025", S, "raw eel, mixed species"),
    (c("Eel"), L, "eel; compiler merged three studies, state (fresh or smoked) not given"),
    (lit("PARK2023_CONGER", "Conger eel (Conger myriaster)"), L, "conger eel, a marine eel, not the freshwater eel (Anguilla)"))
fam("Salmon",
    ("ciqual:26036", S, "raw farmed salmon (K2 total)"),
    ("usda:15236", S, "raw farmed Atlantic salmon (measured MK-4)"),
    (c("Salmon"), L, "salmon; compiler merged three studies, farmed or wild not given"),
    ("ciqual:26161", L, "raw wild salmon"),
    ("usda:15085", L, "raw sockeye salmon (measured MK-4)"))
fam("Smoked salmon",
    (c("Hot smoked salmon"), L, "hot-smoked salmon (Jensen 2022)"),
    ("ciqual:26037", L, "smoked salmon, probably cold-smoked"))
fam("Canned salmon",
    (c("Tinned salmon"), L, "tinned salmon; species not given"),
    ("usda:15260", L, "canned pink salmon, drained (measured MK-4)"),
    ("ciqual:26119", L, "canned salmon, drained"))
fam("Herring",
    ("ciqual:26011", S, "raw Atlantic herring (K2 total)"),
    ("usda:15039", S, "raw Atlantic herring"),
    (c("Herring"), L, "herring; compiler merged three studies, state not given"))
fam("Mackerel",
    ("ciqual:26051", S, "raw mackerel (K2 total)"),
    ("usda:15046", S, "raw Atlantic mackerel"),
    (c("Mackerel"), L, "mackerel; compiler merged three studies, state not given"))
fam("Trout",
    ("ciqual:27009", S, "raw farmed rainbow trout (K2 total)"),
    ("usda:15240", S, "raw farmed rainbow trout"),
    (c("Rainbow trout"), L, "rainbow trout (Ostermeyer 2001); state not given"),
    (c("Trout"), L, "trout; species and state not given"))
fam("Pike-perch",
    (c("Pike perch"), L, "pike-perch (zander), Ostermeyer 2001; state not given"),
    ("ciqual:27024", L, "raw pike-perch (K2 total)"))
fam("Perch",
    (c("Bass"), L, "listed as freshwater 'Bass' (German source; perhaps perch, 'Barsch')"),
    ("ciqual:27010", L, "raw European perch"),
    ("usda:15060", L, "raw perch, mixed species"))
fam("Carp",
    (c("Carp"), L, "carp (Ostermeyer 2001); state not given"),
    ("ciqual:27003", L, "raw farmed carp"),
    ("usda:15008", L, "raw carp"))
fam("Plaice",
    (c("Plaice"), L, "plaice; compiler merged three studies, state not given"),
    ("ciqual:26055", L, "raw European plaice (K2 total)"))
fam("Flounder and flatfish",
    (c("Flat fish"), L, "flatfish, species not given"),
    (c("Flounder"), L, "flounder (Ostermeyer 2001)"),
    ("usda:15028", L, "raw flatfish (flounder and sole), measured MK-4"))
fam("Lemon sole",
    (c("Lemon sole"), L, "lemon sole (Ostermeyer 2001); state not given"),
    ("ciqual:26135", L, "raw lemon sole"))
fam("Common dab",
    (c("Commom dab"), L, "common dab (Ostermeyer 2001); state not given"),
    ("ciqual:26057", L, "raw common dab"))
fam("Turbot",
    (c("Turbot"), L, "turbot (Ostermeyer 2001); state not given"),
    ("ciqual:26174", S, "raw turbot"),
    ("usda:15129", S, "USDA raw European turbot: SR28 gives no vitamin K value"))
fam("Halibut",
    (c("Halibut (raw)"), S, "raw halibut (Elder 2006); no form detected"),
    ("usda:15036", S, "raw Atlantic and Pacific halibut (measured MK-4)"),
    ("ciqual:26154", L, "raw Greenland halibut, a different species"))
fam("Cod",
    ("ciqual:26043", S, "raw cod"),
    ("usda:15015", S, "raw Atlantic cod"),
    (c("Cod"), L, "cod (Jensen 2022); state not given"),
    ("usda:15019", L, "raw Pacific cod (measured MK-4)"))
fam("Haddock",
    ("ciqual:26122", S, "raw haddock"),
    ("usda:15033", S, "raw haddock"),
    (c("Haddock"), L, "haddock (Ostermeyer 2001); state not given"))
fam("Saithe (coley)",
    ("ciqual:26134", S, "raw saithe"),
    ("usda:15065", S, "raw Atlantic pollock, the same species as saithe"),
    (c("Saithe"), L, "saithe (Ostermeyer 2001); state not given"))
fam("Hake",
    (c("Hake"), L, "hake (Ostermeyer 2001); state not given"),
    ("ciqual:26044", L, "raw European hake"))
fam("Whiting",
    (c("Whiting"), L, "whiting (Ostermeyer 2001); state not given"),
    ("ciqual:26095", L, "raw whiting"),
    ("usda:15132", L, "raw US whiting, mixed species (not the European whiting)"))
fam("Sprat",
    (c("Sprat"), L, "sprat (Ostermeyer 2001); state not given"),
    ("ciqual:26173", L, "raw European sprat"))
fam("Snapper",
    ("ciqual:26146", S, "raw snapper"),
    ("usda:15101", S, "raw snapper, mixed species"),
    (c("Snapper"), L, "snapper (Palmer 2021, Australia); state not given"))
fam("Fish sticks",
    (c("Fish stick from salmon"), L, "salmon fish sticks"),
    (c("Fish stick from pollock"), L, "pollock fish sticks"),
    ("usda:15027", L, "US frozen fish sticks, prepared (measured MK-4)"))
fam("Canned tuna in water or brine",
    (c("Brined tuna"), L, "tuna canned in brine (Elder 2006)"),
    ("usda:15121", L, "light tuna canned in water, drained"),
    ("ciqual:26181", L, "yellowfin tuna canned in brine, drained"))
fam("Canned tuna in oil",
    (c("Tuna in vegetable oil"), L, "tuna in vegetable oil (Ostermeyer 2001)"),
    ("usda:15119", L, "light tuna canned in oil, drained"),
    ("ciqual:26180", L, "tuna in sunflower oil, drained"))
fam("Mussels",
    ("usda:15164", S, "raw blue mussel"),
    ("ciqual:10014", S, "raw common mussel (the same species)"),
    (c("Blue mussels"), L, "blue mussels (Reksten 2025, Norway); state not given"))
fam("Scallops",
    (c("Scallop"), L, "scallop (Reksten 2025); state and roe not given"),
    ("usda:15172", L, "raw scallop, mixed species (measured MK-4)"),
    ("ciqual:10003", L, "raw scallop with its roe (coral)"))
fam("Crayfish",
    (c("Crayfish"), L, "crayfish (Reksten 2025); state not given"),
    ("usda:15145", L, "raw wild crayfish"),
    ("ciqual:10030", L, "raw crayfish"))
fam("Lobster",
    (c("Lobster"), L, "lobster (Reksten 2025); state not given"),
    ("usda:15147", L, "raw northern lobster"),
    ("ciqual:10010", L, "raw lobster"))
fam("Shrimp and prawns",
    (c("Shrimp"), L, "shrimp; compiler merged three studies, state not given"),
    (c("Prawns"), L, "prawns (Dunlop 2022, Jensen 2022)"),
    ("usda:15149", L, "raw shrimp, mixed species (measured MK-4)"),
    ("ciqual:10007", L, "cooked shrimp or prawn"))
fam("Crab",
    (c("Crab"), L, "crab; compiler merged three studies, state not given"),
    ("usda:15140", L, "cooked blue crab (measured MK-4)"),
    ("ciqual:10025", L, "boiled crab"),
    ("ciqual:10039", L, "raw crab"))

# ---------------------------------------------------------------- vegetables, fruit, seaweed
fam("Spinach, raw",
    (c("Spinach (raw)"), S, "raw spinach (Kamao 2007)"),
    (lit("KAMAO2007", "Spinach, raw"), S, "raw spinach, Kamao 2007 abstract"),
    ("usda:11457", S, "USDA 'Spinach, raw'"),
    ("ciqual:20059", S, "Ciqual 'Spinach, raw'"),
    (c("Spinach"), L, "spinach (Schurgers 2000); raw or cooked not given"),
    (lit("SCHURGERS2000", "Spinach (meal)"), L, "spinach eaten as a test meal; our conversion from µmol"))
fam("Spinach, boiled",
    (c("Spinach (boiled)"), S, "boiled spinach (Kamao 2007)"),
    ("usda:11458", S, "boiled, drained spinach without salt"),
    ("ciqual:20336", S, "spinach boiled in water"),
    ("ciqual:20027", L, "cooked spinach (way of cooking not given)"))
fam("Broccoli, raw",
    (c("Broccoli (raw)"), S, "raw broccoli (Kamao 2007)"),
    (lit("KAMAO2007", "Broccoli, raw"), S, "raw broccoli, Kamao 2007 abstract"),
    ("usda:11090", S, "USDA 'Broccoli, raw'"),
    ("ciqual:20057", S, "Ciqual 'Broccoli, raw'"),
    (c("Broccoli"), L, "broccoli (Schurgers 2000); raw or cooked not given"))
fam("Broccoli, boiled",
    (c("Broccoli (boiled)"), S, "boiled broccoli (Kamao 2007)"),
    ("usda:11091", S, "boiled, drained broccoli without salt"),
    ("ciqual:20303", L, "broccoli boiled in water until tender"),
    ("ciqual:20006", L, "cooked broccoli (way of cooking not given)"))
fam("Kale",
    ("usda:11233", S, "raw kale"),
    ("ciqual:20218", S, "raw curly kale"),
    (c("Kale"), L, "kale (Schurgers 2000); state not given; value equals USDA boiled kale"),
    ("usda:11234", L, "boiled kale"),
    ("ciqual:20219", L, "cooked curly kale"))
fam("Cabbage, raw",
    (c("Cabbage (raw)"), S, "raw cabbage (Kamao 2007)"),
    ("usda:11109", S, "raw common cabbage"),
    ("ciqual:20069", L, "raw green cabbage"),
    ("ciqual:20116", L, "raw white cabbage"))
fam("Cabbage, boiled",
    (c("Cabbage (boiled)"), S, "boiled cabbage (Kamao 2007)"),
    ("usda:11110", S, "boiled, drained cabbage without salt"),
    ("ciqual:20311", L, "green cabbage boiled in water"),
    ("ciqual:20308", L, "white cabbage boiled in water"))
fam("Cucumber",
    (c("Cucumber (raw)"), L, "raw cucumber (Kamao 2007); peel not stated"),
    ("usda:11205", S, "raw cucumber with peel"),
    ("ciqual:20019", S, "raw cucumber, pulp and peel"),
    ("usda:11206", L, "raw peeled cucumber"))
fam("Lettuce",
    (c("Lettuce (raw)"), L, "raw lettuce (Kamao 2007); type not given"),
    ("ciqual:20031", L, "raw lettuce, type not given"),
    ("usda:11252", L, "raw iceberg lettuce"),
    ("usda:11253", L, "raw green leaf lettuce"))
fam("Red leaf lettuce",
    (c("Red leave lettuce (raw)"), S, "raw red leaf lettuce (Kamao 2007)"),
    ("usda:11257", S, "USDA 'Lettuce, red leaf, raw'"))
fam("Green peas",
    (c("Peas"), L, "peas (Schurgers 2000); state not given"),
    ("usda:11304", L, "raw green peas"),
    ("usda:11305", L, "boiled green peas"))
fam("Snow peas (sugar peas)",
    (c("Sugar peas"), L, "sugar (edible-podded) peas (Kamao 2007); state not given"),
    ("usda:11300", L, "raw edible-podded peas"),
    ("ciqual:20173", L, "raw snow peas"))
fam("Kidney beans",
    (c("Kidney beans"), L, "kidney beans (Kamao 2007); dry or cooked not given"),
    ("usda:16033", L, "boiled red kidney beans"),
    ("usda:16032", L, "raw (dry) red kidney beans"))
fam("Green olives",
    (c("Olives (green)"), L, "green olives; compiler's own unpublished analysis"),
    ("usda:09195", S, "green olives, pickled, canned or bottled"),
    ("ciqual:13033", S, "green olives in brine"))
fam("Black olives",
    (c("Olives (Kalamata)"), L, "Kalamata olives; compiler's own unpublished analysis"),
    ("ciqual:13032", L, "black olives in brine"),
    ("usda:09193", L, "US canned ripe (black) olives"))
fam("Wakame seaweed",
    (c("Wakame algae"), L, "wakame (Kamao 2007); K1 suggests it was dried, not stated"),
    ("ciqual:20984", L, "dried wakame"),
    ("usda:11669", L, "raw (fresh) wakame"))
fam("Banana",
    (c("Banana"), S, "banana flesh (Schurgers 2000)"),
    ("usda:09040", S, "raw banana"),
    ("ciqual:13005", S, "raw banana pulp"))
fam("Apple",
    (c("Appel"), L, "apple (Schurgers 2000); with or without peel not given"),
    ("usda:09003", S, "raw apple with skin"),
    ("ciqual:13039", S, "raw apple, pulp and peel"),
    ("usda:09004", L, "raw apple without skin"),
    ("ciqual:13050", L, "raw apple pulp without peel"))
fam("Orange",
    (c("Orange"), S, "orange flesh (Schurgers 2000)"),
    ("usda:09200", S, "raw orange, all commercial varieties"),
    ("ciqual:13034", S, "raw orange pulp"))
fam("Orange juice",
    (c("Orange juice"), L, "orange juice (Schurgers 2000); no form detected"),
    ("usda:09209", L, "US chilled orange juice"),
    ("ciqual:2070", L, "pure orange juice"))

# ---------------------------------------------------------------- oils
fam("Soybean oil",
    (c("Soy bean oil"), S, "soybean oil"),
    ("usda:04044", S, "US soybean salad or cooking oil"),
    ("ciqual:17420", S, "Ciqual 'Soy oil'"))
fam("Rapeseed (canola) oil",
    (c("Rapseed oil"), S, "rapeseed oil"),
    ("usda:04582", S, "canola (low-erucic rapeseed) oil"),
    ("ciqual:17130", S, "Ciqual 'Rapeseed oil'"))
fam("Olive oil",
    (c("Olive oil"), S, "olive oil; grade not given"),
    ("usda:04053", S, "US olive oil, salad or cooking"),
    ("ciqual:17270", L, "extra virgin olive oil"))
fam("Corn oil",
    (c("Corn oil"), S, "corn oil"),
    ("usda:04518", S, "US corn oil, all-purpose"),
    ("ciqual:17190", S, "Ciqual 'Maize/corn oil'"))
fam("Sunflower oil",
    (c("Sunflower oil"), S, "sunflower oil; type not given"),
    ("usda:04060", L, "US sunflower oil, linoleic type"),
    ("ciqual:17440", S, "Ciqual 'Sunflower oil'"))

# ---------------------------------------------------------------- cereals and bread
fam("Brown rice, cooked",
    (c("Brown rice (cooked)"), S, "cooked brown rice (Kamao 2007)"),
    ("ciqual:9103", S, "cooked brown rice, unsalted"),
    ("usda:20037", L, "cooked long-grain brown rice (measured MK-4)"))
fam("White rice, cooked",
    (c("White rice (cooked)"), S, "cooked white rice (Kamao 2007)"),
    ("ciqual:9104", S, "cooked rice, unsalted"),
    ("usda:20445", L, "cooked long-grain white rice, unenriched, no salt"))
fam("Rye bread",
    (c("Rhye bred"), L, "rye bread (Schurgers 2000)"),
    (c("Rhye bread with kernel"), L, "Danish rye bread with whole kernels"),
    ("usda:18060", L, "US rye bread (often mixed with wheat)"),
    ("usda:18044", L, "pumpernickel"),
    ("ciqual:7125", L, "rye and wheat bread"))
fam("Wheat bread",
    (c("Wheat bread"), L, "wheat bread (Schurgers 2000); white or wholemeal not given"),
    ("usda:18064", L, "US wheat bread"),
    ("usda:18075", L, "US whole-wheat bread"),
    ("ciqual:7110", L, "wholemeal bread"))
fam("Bread rolls",
    (c("Wheat buns"), L, "wheat buns (Jensen 2022)"),
    (c("Ciabatta"), L, "ciabatta (Jensen 2022)"),
    ("usda:18342", L, "US plain dinner rolls"),
    ("ciqual:7259", L, "hamburger or hot-dog buns"))
fam("Sourdough bread",
    (c("Sour dough bread"), L, "sourdough bread (Schurgers 2000)"),
    ("usda:18029", L, "US French or Vienna bread, which includes sourdough"))
fam("Muesli",
    (c("Muesli"), L, "muesli (Jensen 2022); kind not given"),
    ("ciqual:32108", L, "crunchy muesli with fruit, not fortified"),
    ("ciqual:32110", L, "Bircher-style muesli, fortified"))

# ---------------------------------------------------------------- drinks, sweets, spices
fam("Black tea",
    (c("Black tea (brewed)"), S, "brewed black tea; compiler mixed published and its own unpublished values"),
    ("usda:14355", S, "brewed black tea"),
    ("ciqual:18154", S, "brewed black tea without sugar"))
fam("Green tea",
    (c("Green tea (brewed)"), S, "brewed green tea; compiler's own unpublished analysis"),
    ("usda:14278", S, "brewed green tea (USDA assumes zero)"),
    ("ciqual:18155", S, "brewed green tea without sugar"))
fam("Coffee",
    (c("Coffee (black. brewed)"), S, "brewed black coffee"),
    ("usda:14209", S, "brewed coffee"),
    ("ciqual:18003", L, "ground coffee (dry), not the drink"))
fam("Cocoa powder",
    (c("Cocoa (powder)"), L, "cocoa powder; compiler's own unpublished analysis, sweetening not given"),
    ("usda:19165", L, "unsweetened cocoa powder"),
    ("ciqual:18102", L, "sweetened cocoa drink powder"))
fam("Dark chocolate",
    ("ciqual:31005", L, "dark chocolate bar, under 70% cocoa (K2 total)"),
    ("usda:19903", L, "dark chocolate, 60-69% cacao"),
    ("usda:19902", L, "dark chocolate, 45-59% cacao"),
    ("ciqual:31074", L, "dark chocolate bar, over 70% cocoa"))
fam("Pecan pie",
    (c("Pecan Pie"), S, "pecan pie (Ferreira 2006)"),
    ("usda:18324", S, "US commercial pecan pie; same K1 and MK-4 figures"))
fam("Apple pie",
    (c("Apple Pie"), L, "apple pie (Ferreira 2006)"),
    ("usda:18301", L, "US commercial apple pie"),
    ("ciqual:23481", L, "French apple pie with custard"))
fam("Curry powder",
    (c("Curry powder"), S, "curry powder (Kamao 2007)"),
    ("usda:02015", S, "USDA 'Spices, curry powder'"),
    ("ciqual:11005", S, "Ciqual 'Curry, powder'"))


def main():
    seen = {}
    rows = []
    for name, members in FAMILIES:
        family_id = "fam:" + slug(name)
        for food_id, relation, note in members:
            if food_id in seen:
                raise SystemExit(f"{food_id} is in both {seen[food_id]} and {family_id}")
            seen[food_id] = family_id
            rows.append([family_id, name, food_id, relation, note])
    with OUT.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["family_id", "family_name", "food_id", "relation", "note"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows, {len(FAMILIES)} families to {OUT}")


if __name__ == "__main__":
    main()
