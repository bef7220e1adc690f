package extract

// whoSubject names the force of a figure from the country that is the sentence's subject and keeps,
// sends or deploys the troops: "Spain has sent 2,000 troops" → "Spanish", "Washington plans to
// withdraw 5,000 troops" → "US". It gives none when another country or nationality stands between
// the subject and the figure, since the figure may then belong to that one ("Ukraine said 300 Russian
// soldiers ..."), or when no verb of keeping or sending comes before the figure.
func (sc *troopScanner) whoSubject(before int) string {
	k := 0
	// "However, Italy ...", "On Monday, Kenya ...": skip a short opener up to its comma.
	for c := 0; c < before && c < 5; c++ {
		if sc.lw[c] == "," {
			k = c + 1
			break
		}
	}
	if k < before && sc.lw[k] == "the" {
		k++
	}
	if k >= before || !sc.toks[k].IsCapitalized() {
		return ""
	}
	demonym, width := troopCountryAt(sc.lw, k)
	if demonym == "" {
		return ""
	}
	verb := false
	for m := k + width; m < before; m++ {
		if nationalities[sc.lw[m]] || troopCountryDemonyms[sc.lw[m]] != "" {
			return ""
		}
		if troopKeepVerbs[sc.lw[m]] {
			verb = true
		}
	}
	if !verb {
		return ""
	}
	return demonym
}

// troopCountryAt reads a country or capital at k and returns its demonym and how many tokens it takes.
func troopCountryAt(lw []string, k int) (string, int) {
	if k+1 < len(lw) {
		if d := troopCountryDemonyms[lw[k]+" "+lw[k+1]]; d != "" {
			return d, 2
		}
	}
	return troopCountryDemonyms[lw[k]], 1
}

// troopKeepVerbs say that the subject keeps, sends or withdraws troops of its own.
var troopKeepVerbs = troopSet(`has have had keeps keep kept maintains maintain maintained deploy
	deploys deployed deploying send sends sent sending station stations stationed pull pulls pulled
	withdraw withdraws withdrew withdrawing earmark earmarks earmarked commit commits committed
	contribute contributes contributed dispatch dispatched dispatches mobilise mobilised mobilize
	mobilized mass masses massed boasts bolster bolstered reinforce reinforced`)

// troopCountryDemonyms map countries and the capitals that stand for their governments to the word
// news uses for their forces.
var troopCountryDemonyms = map[string]string{
	"united states": "US", "us": "US", "u.s.": "US", "america": "US", "washington": "US",
	"britain": "British", "united kingdom": "British", "uk": "British", "u.k.": "British", "london": "British",
	"russia": "Russian", "moscow": "Russian", "kremlin": "Russian",
	"china": "Chinese", "beijing": "Chinese", "france": "French", "paris": "French",
	"germany": "German", "berlin": "German", "italy": "Italian", "rome": "Italian",
	"spain": "Spanish", "madrid": "Spanish", "turkey": "Turkish", "ankara": "Turkish",
	"iran": "Iranian", "tehran": "Iranian", "iraq": "Iraqi", "baghdad": "Iraqi",
	"syria": "Syrian", "damascus": "Syrian", "israel": "Israeli", "egypt": "Egyptian", "cairo": "Egyptian",
	"saudi arabia": "Saudi", "riyadh": "Saudi", "jordan": "Jordanian", "lebanon": "Lebanese",
	"ukraine": "Ukrainian", "kyiv": "Ukrainian", "kiev": "Ukrainian", "poland": "Polish", "warsaw": "Polish",
	"india": "Indian", "new delhi": "Indian", "pakistan": "Pakistani", "islamabad": "Pakistani",
	"afghanistan": "Afghan", "kabul": "Afghan", "japan": "Japanese", "tokyo": "Japanese",
	"south korea": "South Korean", "seoul": "South Korean", "north korea": "North Korean",
	"pyongyang": "North Korean", "australia": "Australian", "canberra": "Australian",
	"canada": "Canadian", "ottawa": "Canadian", "netherlands": "Dutch", "belgium": "Belgian",
	"sweden": "Swedish", "norway": "Norwegian", "denmark": "Danish", "finland": "Finnish",
	"greece": "Greek", "athens": "Greek", "serbia": "Serbian", "belgrade": "Serbian", "croatia": "Croatian",
	"bosnia": "Bosnian", "albania": "Albanian", "bulgaria": "Bulgarian", "romania": "Romanian",
	"hungary": "Hungarian", "czech republic": "Czech", "georgia": "Georgian", "armenia": "Armenian",
	"azerbaijan": "Azerbaijani", "kenya": "Kenyan", "nairobi": "Kenyan", "uganda": "Ugandan",
	"ethiopia": "Ethiopian", "addis ababa": "Ethiopian", "eritrea": "Eritrean", "sudan": "Sudanese",
	"khartoum": "Sudanese", "south sudan": "South Sudanese", "somalia": "Somali", "nigeria": "Nigerian",
	"abuja": "Nigerian", "chad": "Chadian", "mali": "Malian", "rwanda": "Rwandan", "burundi": "Burundian",
	"libya": "Libyan", "tripoli": "Libyan", "algeria": "Algerian", "morocco": "Moroccan",
	"tunisia": "Tunisian", "yemen": "Yemeni", "qatar": "Qatari", "kuwait": "Kuwaiti",
	"indonesia": "Indonesian", "jakarta": "Indonesian", "philippines": "Philippine", "manila": "Philippine",
	"thailand": "Thai", "bangkok": "Thai", "vietnam": "Vietnamese", "hanoi": "Vietnamese",
	"myanmar": "Myanmar", "burma": "Burmese", "taiwan": "Taiwanese", "taipei": "Taiwanese",
	"brazil": "Brazilian", "mexico": "Mexican", "colombia": "Colombian", "bogota": "Colombian",
	"venezuela": "Venezuelan", "caracas": "Venezuelan", "cuba": "Cuban", "havana": "Cuban",
	"argentina": "Argentine", "chile": "Chilean", "peru": "Peruvian", "ireland": "Irish", "dublin": "Irish",
	"portugal": "Portuguese", "austria": "Austrian", "switzerland": "Swiss", "new zealand": "New Zealand",
	"sri lanka": "Sri Lankan", "colombo": "Sri Lankan", "nepal": "Nepalese", "bangladesh": "Bangladeshi",
	"dhaka": "Bangladeshi", "zimbabwe": "Zimbabwean", "south africa": "South African",
	"pretoria": "South African", "angola": "Angolan", "congo": "Congolese", "kinshasa": "Congolese",
	"ghana": "Ghanaian", "senegal": "Senegalese", "cameroon": "Cameroonian", "niger": "Nigerien",
	"estonia": "Estonian", "latvia": "Latvian", "lithuania": "Lithuanian", "belarus": "Belarusian",
	"minsk": "Belarusian", "kazakhstan": "Kazakh", "uzbekistan": "Uzbek", "tajikistan": "Tajik",
}
