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

// pronounGender is the gender a pronoun requires.
func pronounGender(p string) gender {
	switch p {
	case "he", "him", "his":
		return genderMale
	case "she", "her", "hers":
		return genderFemale
	}
	return genderUnknown
}

// femaleNames and maleNames are common English first names. They are a
// hint only: an honorific or a gendered role noun in the article wins.
var femaleNames = set(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra
rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara
janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia
marie diana brittany natalie isabella charlotte rose alexis kayla hillary chelsea valerie sally susanna jill
claire heidi tammy kirsten elena sonia veronica adriana alicia melanie ava dana lena eva ella irene monica
nina paula rita sylvia tina wendy yvonne zoe fatima aisha priya ana lucia isabel carmen`)

var maleNames = set(`james robert john michael david william richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander
frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter
ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan
joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell
elijah louis bobby philip johnny mike chris tim bill jim rick steve jeff chuck al colin hugh tom sam josh
craig oliver carlos luis miguel pedro antonio francisco manuel ahmed mohammed muhammad ali omar hassan ivan
dmitry vladimir sergei igor hans klaus pierre jean-pierre giovanni marco`)

// genderOf returns the gender the words of a mention give away: an
// honorific, a gendered role noun, or a first name.
func genderOf(words []string) gender {
	for _, w := range words {
		lw := strings.ToLower(strings.TrimSuffix(w, "."))
		switch lw {
		case "mr", "sir", "lord", "king", "prince":
			return genderMale
		case "mrs", "ms", "miss", "dame", "lady", "queen", "princess", "madam":
			return genderFemale
		}
		switch {
		case strings.HasSuffix(lw, "woman") || strings.HasSuffix(lw, "women") || lw == "actress" || lw == "mother" || lw == "wife" || lw == "daughter" || lw == "sister":
			return genderFemale
		case strings.HasSuffix(lw, "man") && lw != "human" || lw == "actor" || lw == "father" || lw == "husband" || lw == "son" || lw == "brother":
			return genderMale
		}
	}
	if len(words) > 1 && !has(honorifics, strings.ToLower(words[0])) {
		first := strings.ToLower(words[0])
		if has(femaleNames, first) && !has(maleNames, first) {
			return genderFemale
		}
		if has(maleNames, first) && !has(femaleNames, first) {
			return genderMale
		}
	}
	return genderUnknown
}
