package extractor

import "strings"

// gender is what the article lets us know of a person's gender, for
// pronoun agreement ("she said" is not Donald Trump).
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// pronounGender is the gender a pronoun requires. Pronouns are English
// grammar, a closed class: they are not a word list.
func pronounGender(p string) gender {
	switch p {
	case "he", "him", "his":
		return genderMale
	case "she", "her", "hers":
		return genderFemale
	}
	return genderUnknown
}

// genderOf returns the gender the words of a mention give away: an
// honorific or a gendered noun (lexicon's male-words and female-words, and
// words ending in "woman" or "man"), or else a first name (female-names,
// male-names: a hint only, never both; a name of unisex-names gives none).
func genderOf(lex *lexicon, words []string) gender {
	var buf [32]byte
	for _, w := range words {
		// (a short word converted where it does not escape is not copied
		// to the heap, as strings.ToLower's result would be)
		lw := string(appendLower(buf[:0], strings.TrimSuffix(w, ".")))
		info := lex.of(lw)
		switch {
		case info.name&nameMaleWord != 0:
			return genderMale
		case info.name&nameFemaleWord != 0 || strings.HasSuffix(lw, "woman") || strings.HasSuffix(lw, "women"):
			return genderFemale
		case strings.HasSuffix(lw, "man") && info.name&nameNotMaleWord == 0:
			return genderMale
		}
	}
	return firstNameGender(lex, words)
}

// firstNameGender is the gender the first name of a name's words hints
// at (lexicon's female-names and male-names), never a word of the name
// itself: "Billie Jean King" is no king.
func firstNameGender(lex *lexicon, words []string) gender {
	if len(words) > 1 && lex.ofLower(words[0]).lex&lexHonorifics == 0 {
		first := lex.ofLower(words[0]).name
		if first&nameFemale != 0 && first&nameMale == 0 {
			return genderFemale
		}
		if first&nameMale != 0 && first&nameFemale == 0 {
			return genderMale
		}
	}
	return genderUnknown
}
