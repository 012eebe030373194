//! Whether a named person is a man or a woman, as far as the text and a
//! list of common given names and titles can tell. Used only so that "he"
//! and "she" do not point to the wrong person ("Pelosi urged Trump to
//! resign. *He* refused." is Trump); an unknown gender agrees with both.

use std::collections::HashMap;
use std::sync::OnceLock;

const GIVEN_NAMES: &str = include_str!("../../../data/kb/given-names.tsv");

/// A person's grammatical gender, for pronoun agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    /// Referred to as "he".
    Male,
    /// Referred to as "she".
    Female,
}

impl Gender {
    /// The gender a subject or possessive pronoun requires, if any.
    pub(crate) fn of_pronoun(word: &str) -> Option<Gender> {
        match word {
            "he" | "him" | "his" | "himself" => Some(Gender::Male),
            "she" | "her" | "hers" | "herself" => Some(Gender::Female),
            _ => None,
        }
    }
}

fn table() -> &'static HashMap<String, Gender> {
    static TABLE: OnceLock<HashMap<String, Gender>> = OnceLock::new();
    TABLE.get_or_init(|| {
        GIVEN_NAMES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("name\t"))
            .filter_map(|l| {
                let (name, g) = l.split_once('\t')?;
                let g = match g.trim() {
                    "m" => Gender::Male,
                    "f" => Gender::Female,
                    _ => return None,
                };
                Some((name.trim().to_string(), g))
            })
            .collect()
    })
}

/// Words of the given-name list that are titles or role words, not names
/// ("king", "mrs", "chairman"): they say a gender but give no one a name.
const TITLE_WORDS: &[&str] = &[
    "mr",
    "sir",
    "lord",
    "king",
    "prince",
    "duke",
    "emperor",
    "baron",
    "sheikh",
    "congressman",
    "chairman",
    "spokesman",
    "businessman",
    "father",
    "mrs",
    "ms",
    "miss",
    "madam",
    "madame",
    "lady",
    "dame",
    "queen",
    "princess",
    "duchess",
    "empress",
    "baroness",
    "congresswoman",
    "chairwoman",
    "spokeswoman",
    "businesswoman",
    "sister",
];

/// Whether a lowercased word is a given name of the list ("peter",
/// "nancy"), not one of its title words.
pub(crate) fn is_given_name(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    !TITLE_WORDS.contains(&w) && table().contains_key(w)
}

/// The gender a lowercased word says on its own: a given name ("nancy"),
/// or a title or role word ("mrs", "queen", "congressman"). A trailing
/// full stop ("mr.") is ignored.
pub(crate) fn of_word(word: &str) -> Option<Gender> {
    let w = word.trim_end_matches('.');
    table().get(w).copied()
}

/// The gender of a person from the words before the name (a title such as
/// "Mrs." or "Queen") and the words of the mention itself ("President
/// *Donald* Trump"): the first that says one. A title before the name wins.
/// Words are lowercased.
pub(crate) fn of_name<'w>(
    title: impl IntoIterator<Item = &'w str>,
    name: impl IntoIterator<Item = &'w str>,
) -> Option<Gender> {
    title
        .into_iter()
        .find_map(of_word)
        .or_else(|| name.into_iter().find_map(of_word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_names_and_titles_say_the_gender() {
        assert_eq!(of_word("nancy"), Some(Gender::Female));
        assert_eq!(of_word("donald"), Some(Gender::Male));
        assert_eq!(of_word("mrs."), Some(Gender::Female));
        assert_eq!(of_word("kim"), None, "a Korean surname says nothing");
        assert_eq!(of_word("andrea"), None, "a name given to both says nothing");
    }

    #[test]
    fn a_title_wins_over_the_given_name() {
        assert_eq!(
            of_name(["queen"], ["elizabeth", "ii"]),
            Some(Gender::Female)
        );
        assert_eq!(of_name(["mr."], ["ashley"]), Some(Gender::Male));
        assert_eq!(of_name([], ["theresa", "may"]), Some(Gender::Female));
        assert_eq!(of_name([], ["pelosi"]), None);
    }

    #[test]
    fn pronouns_ask_for_a_gender() {
        assert_eq!(Gender::of_pronoun("she"), Some(Gender::Female));
        assert_eq!(Gender::of_pronoun("his"), Some(Gender::Male));
        assert_eq!(Gender::of_pronoun("they"), None);
    }
}
