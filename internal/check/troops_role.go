package check

import (
	"strings"

	"github.com/newsbrief/newsbrief/internal/brief"
)

// troopRole is what a troop figure counts, read from the words of its sentence.
type troopRoleKind int

const (
	roleStrength troopRoleKind = iota // a force's size now: deployed, stationed, massed
	roleEvent                         // people an event happened to: killed, wounded, arrested
	rolePlanned                       // a plan, forecast or change: will fall to, to be sent, up to
	rolePast                          // a past event or a former size
	rolePart                          // a part of a group counted elsewhere ("30 of them")
)

// Words that mark each role. Events are looked for in the whole sentence (the verb may stand before or
// after the figure); the others too, since a sentence that plans or recalls usually does so as a whole.
var (
	eventWords = wordSet(`killed killing kill kills dead died die dies death deaths casualties wounded
		wounding wounds injured injuring injuries hurt captured capturing arrested arresting arrests detained
		detaining held missing abducted kidnapped freed released convicted charged sentenced executed
		ambushed attacked fought lost losses surrendered defected raped accused suspected prisoners hostages
		bodies`)
	plannedWords = wordSet(`will would shall could might may plan plans planned planning expected expects
		to-be proposed propose proposes pledged pledge promised promise additional extra another
		fall rise reduce reduced reducing reduction cut cuts cutting withdraw withdrawn withdrawal
		withdrawing send sending sent dispatch dispatched deploy deploying reinforce reinforcements boost
		increase increased raise raised drawdown pull pulled pulling requested request asked approved
		authorized authorised seeks seek seeking wants want needed need`)
	pastWords = wordSet(`was were had ago former formerly once previously earlier then during after
		since history historical invaded invasion occupied occupation`)
)

// troopFigure is a troop figure with what its sentence says about it.
type troopFigure struct {
	brief.Troop
	role      troopRoleKind
	markers   string // the sentence's marker words, in order: two sentences saying the same kind of thing share them
	sentence  int    // where its sentence and paragraph start
	paragraph int
}

// readFigure reads the role of figure t from its sentence.
func readFigure(text string, t brief.Troop) troopFigure {
	s, e := sentenceAround(text, t.Start, t.End)
	f := troopFigure{Troop: t, role: roleStrength, sentence: s, paragraph: paragraphStart(text, t.Start)}
	after := strings.ToLower(text[t.End:e])
	if strings.HasPrefix(after, " of them") || strings.HasPrefix(after, " of those") || strings.HasPrefix(after, " of whom") {
		f.role = rolePart
		return f
	}
	sentence := strings.ToLower(text[s:e])
	var markers []string
	for _, w := range words(sentence) {
		switch {
		case eventWords[w.text]:
			f.role = roleEvent
		case plannedWords[w.text] && f.role == roleStrength:
			f.role = rolePlanned
		case pastWords[w.text] && f.role == roleStrength:
			f.role = rolePast
		default:
			continue
		}
		markers = append(markers, w.text)
	}
	if f.role == roleStrength && pastYear(sentence) {
		f.role = rolePast
	}
	f.markers = strings.Join(markers, " ")
	return f
}

// paragraphStart returns where the paragraph holding off starts: after the last blank line before it.
func paragraphStart(text string, off int) int {
	i := strings.LastIndex(text[:off], "\n\n")
	if j := strings.LastIndex(text[:off], "\r\n\r\n"); j > i {
		i = j
	}
	if i < 0 {
		return 0
	}
	return i
}

// pastYear reports whether the sentence names a year ("in 1995", "last year"), which places what it
// counts at that time rather than now.
func pastYear(sentence string) bool {
	if strings.Contains(sentence, "last year") || strings.Contains(sentence, "years ago") {
		return true
	}
	for i := 0; i+4 <= len(sentence); i++ {
		y := sentence[i : i+4]
		if (strings.HasPrefix(y, "19") || strings.HasPrefix(y, "20")) && allDigits(y) &&
			(i == 0 || !isDigit(sentence[i-1])) && (i+4 == len(sentence) || !isDigit(sentence[i+4])) {
			return true
		}
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// sentenceAround returns the bounds of the sentence holding text[start:end]: from after the last
// sentence end (". ", "! ", "? " or a line break) before it to the next one after it.
func sentenceAround(text string, start, end int) (int, int) {
	s := start
	for s > 0 {
		c := text[s-1]
		if c == '\n' || c == '\r' || ((c == ' ') && s >= 2 && strings.ContainsRune(".!?", rune(text[s-2]))) {
			break
		}
		s--
	}
	e := end
	for e < len(text) {
		c := text[e]
		if c == '\n' || c == '\r' || (strings.ContainsRune(".!?", rune(c)) && (e+1 == len(text) || text[e+1] == ' ' || text[e+1] == '\n')) {
			break
		}
		e++
	}
	return s, e
}
