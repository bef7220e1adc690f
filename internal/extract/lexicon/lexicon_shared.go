package lexicon

// Word lists read by more than one family: the attribution clause's connectives and prepositions
// (people read them to bound a title), company-name endings (quotes read them to reject an
// organisation as a speaker) and country demonyms (people read them to tell a country from a name).

// leadingConnectives open a clause without belonging to its subject.
var LeadingConnectives = WordSet(`and but so yet or however meanwhile also then still now later earlier instead moreover
indeed while though although because whereas thus hence nonetheless nevertheless furthermore
besides`)

// prepositions that may open an adverbial phrase before a clause's subject ("On Saturday, …").
var ClausePrepositions = WordSet(`on in at during after before since for with from under over by earlier later last this
speaking asked according when while as following despite amid to once`)

// openerAdverbs open an adverbial phrase set off by a comma before a clause's subject ("Here in
// Columbia, …", "Even so, …").
var OpenerAdverbs = WordSet(`here there back even ever likewise alongside between among amongst within without across
against toward towards upon beyond inside outside near nearby again already elsewhere overall
afterward afterwards soon once twice long far meanwhile instead otherwise`)

// legalForms end a company's name.
var LegalForms = WordSet(`inc corp co cos ltd llc plc lp llp sa nv ag gmbh spa bancorp bhd pty`)

// tradeNameWords end the name of a business the way a legal form does ("Poughkeepsie Savings Bank",
// "Jim Pattison Industries"); unlike "Foundation" or "Center", they are not named after a person to
// honour them.
var TradeNameWords = WordSet(`bank bancorp savings industries airlines airways motors holdings brewing breweries
petroleum chemicals pharmaceuticals securities insurance stores foods mills mines`)

// troopCountryDemonyms map countries and the capitals that stand for their governments to the word
// news uses for their forces.
var TroopCountryDemonyms = map[string]string{
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
