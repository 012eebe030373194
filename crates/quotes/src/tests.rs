//! End-to-end tests on sentences of our own: segmented, parsed with the
//! built-in model, actors found with the built-in knowledge base.

use crate::{find_quotes, speaker_mentions, Quote, QuoteKind};

fn analyse(text: &str) -> (dyad_core::Document, Vec<dyad_actors::Mention>) {
    let mut doc = dyad_core::Document::new("t", text);
    doc.date = chrono_date("2024-10-30");
    dyad_text::segment(&mut doc);
    let kb = dyad_actors::KnowledgeBase::builtin().expect("built-in knowledge base");
    dyad_syntax::Model::builtin()
        .expect("built-in syntax model")
        .annotate_document_with_names(&mut doc, &|s| kb.name_hints(s));
    let mentions = dyad_actors::find_mentions(kb, &doc);
    (doc, mentions)
}

fn chrono_date(s: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn quotes(text: &str) -> Vec<Quote> {
    let (doc, mentions) = analyse(text);
    let kb = dyad_actors::KnowledgeBase::builtin().expect("kb");
    let timexes = dyad_time::tag_document(&doc);
    find_quotes(&doc, &mentions, &timexes, kb)
}

fn show(qs: &[Quote]) -> String {
    qs.iter()
        .map(|q| {
            format!(
                "{:?} [{}] by {:?} ({:?}) cue {:?}",
                q.kind,
                q.text,
                q.source.as_ref().map(|s| s.text.clone()),
                q.source.as_ref().and_then(|s| s.name.clone()),
                q.cue.as_ref().map(|c| c.text.clone())
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The quote whose cue is `cue`, or a failure that shows them all.
fn with_cue<'q>(qs: &'q [Quote], cue: &str) -> &'q Quote {
    qs.iter()
        .find(|q| q.cue.as_ref().is_some_and(|c| c.text == cue))
        .unwrap_or_else(|| panic!("no quote with cue {cue:?}: {}", show(qs)))
}

/// The source text of `q`, empty when it has none.
fn source_text(q: &Quote) -> &str {
    q.source.as_ref().map_or("", |s| s.text.as_str())
}

fn speaker_name(q: &Quote) -> Option<String> {
    q.source.as_ref().and_then(|s| s.name.clone())
}

#[test]
fn a_speaker_after_the_quote_with_an_apposition() {
    let qs = quotes(
        "“Some 3,000 soldiers have been sent to Russia,” Jo Tae-yong, the head of South Korea's intelligence services, said on October 23.",
    );
    let q = qs
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert_eq!(q.text, "Some 3,000 soldiers have been sent to Russia,");
    let sp = q.source.as_ref().expect("a speaker");
    assert_eq!(sp.name.as_deref(), Some("Jo Tae-yong"), "{}", show(&qs));
    assert_eq!(sp.role.as_deref(), Some("head"), "{sp:?}");
    assert_eq!(
        sp.affiliation.as_deref(),
        Some("South Korea's intelligence services"),
        "{sp:?}"
    );
    assert_eq!(sp.code.as_deref(), Some("KOR"), "{sp:?}");
    assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some("said"));
    assert_eq!(q.date.as_deref(), Some("2024-10-23"), "{q:?}");
}

#[test]
fn a_colon_introduction_and_a_pronoun_that_refers_back() {
    let qs = quotes(
        "Hong Min, a researcher at the Reunification Research Center in Seoul, is categorical: “What North Korea wants from Russia is a strong defense alliance.”\n\nHe adds:\n\n“The latter will now have to deal with Russia as well.”",
    );
    let direct: Vec<&Quote> = qs.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 2, "{}", show(&qs));
    for q in &direct {
        assert_eq!(
            speaker_name(q).as_deref(),
            Some("Hong Min"),
            "{}",
            show(&qs)
        );
    }
    let first = direct
        .first()
        .and_then(|q| q.source.clone())
        .expect("source");
    assert_eq!(first.role.as_deref(), Some("researcher"));
    assert_eq!(
        first.affiliation.as_deref(),
        Some("the Reunification Research Center in Seoul")
    );
    assert_eq!(first.code.as_deref(), Some("KOR"), "{first:?}");
    assert_eq!(
        direct
            .get(1)
            .and_then(|q| q.source.as_ref())
            .map(|s| s.resolution.as_str()),
        Some("previous_speaker")
    );
}

#[test]
fn a_speaker_between_two_halves() {
    let qs = quotes(
        "“We will not back down,” President Joe Biden said, “and we will defend every inch of NATO territory.”",
    );
    // One attribution in two parts: the cue between them is shared.
    let direct: Vec<&Quote> = qs.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 1, "{}", show(&qs));
    for q in direct {
        assert_eq!(q.content.len(), 2, "{}", show(&qs));
        assert_eq!(
            speaker_name(q).as_deref(),
            Some("Joe Biden"),
            "{}",
            show(&qs)
        );
    }
}

#[test]
fn a_speaker_named_inside_an_unclosed_quote_is_cut_out_of_it() {
    let qs = quotes(
        "“We understand that the initiative worries Kyiv, comments Yang Mu-jin, president of the University of North Korean Studies in Seoul. But it is less understood that Seoul is raising the possibility of supplying weapons.”",
    );
    let q = qs
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert_eq!(
        speaker_name(q).as_deref(),
        Some("Yang Mu-jin"),
        "{}",
        show(&qs)
    );
    assert!(!q.text.contains("comments"), "{}", q.text);
    assert!(q.text.starts_with("We understand"), "{}", q.text);
    assert!(q.text.contains("But it is less understood"), "{}", q.text);
    let sp = q.source.as_ref().expect("speaker");
    assert_eq!(sp.role.as_deref(), Some("president"), "{sp:?}");
}

#[test]
fn a_quote_over_two_paragraphs_is_one_quote() {
    let qs = quotes(
        "The minister said:\n\n“The first part is here.\n\n“And the second part follows,” she added.",
    );
    let direct: Vec<&Quote> = qs.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 1, "{}", show(&qs));
    assert_eq!(direct.first().map(|q| q.content.len()), Some(2));
}

#[test]
fn scare_quotes_are_not_quotes() {
    let qs = quotes("The so-called “flag effect” helped the president in the polls.");
    assert!(
        qs.iter().all(|q| q.kind != QuoteKind::Direct),
        "{}",
        show(&qs)
    );
}

#[test]
fn an_unbalanced_mark_is_a_warning_not_a_crash() {
    let qs = quotes("Du Jin-ho clarifies the point:\n\n“Despite its nuclear control, North Korea still faces American pressure.\n\nThe next paragraph.");
    let q = qs
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert!(!q.warnings.is_empty());
    assert_eq!(
        speaker_name(q).as_deref(),
        Some("Du Jin-ho"),
        "{}",
        show(&qs)
    );
}

#[test]
fn nested_quotes_stay_inside_the_outer_one() {
    let qs =
        quotes("“He told me ‘we are ready to talk’ and then left the room,” the senator said.");
    let direct: Vec<&Quote> = qs.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 1, "{}", show(&qs));
}

#[test]
fn a_headline_quote_with_its_speaker() {
    let qs = quotes("Zelensky: “We will not give up a single village”\n\nKyiv, 3 March.");
    let q = qs
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert!(q.text.contains("single village"));
}

#[test]
fn indirect_speech_and_according_to() {
    let qs = quotes(
        "The Russian foreign minister said that Moscow would respond. Troops crossed the border, according to Ukrainian officials.",
    );
    let ind: Vec<&Quote> = qs
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .collect();
    assert_eq!(ind.len(), 2, "{}", show(&qs));
    let a = ind.first().and_then(|q| q.source.clone()).expect("source");
    assert_eq!(a.code.as_deref(), Some("RUS"), "{a:?}");
    let b = ind.get(1).expect("according to");
    assert_eq!(
        b.cue.as_ref().map(|c| c.text.as_str()),
        Some("according to")
    );
    assert!(b.text.contains("Troops crossed the border"), "{}", b.text);
}

#[test]
fn first_person_inside_a_quote_is_the_speaker() {
    let text = "“We will retaliate against any attack,” North Korean leader Kim Jong-un said.";
    let (doc, mentions) = analyse(text);
    let kb = dyad_actors::KnowledgeBase::builtin().expect("kb");
    let timexes = dyad_time::tag_document(&doc);
    let qs = find_quotes(&doc, &mentions, &timexes, kb);
    let extra = speaker_mentions(&doc, &qs, &mentions);
    let we = extra
        .iter()
        .find(|m| m.text == "We")
        .unwrap_or_else(|| panic!("{}\n{extra:?}", show(&qs)));
    assert_eq!(we.code.country.as_deref(), Some("PRK"));
}

/// Seed 000 (`examples/`): every quotation with its speaker, role and
/// affiliation; "He adds:" is Yang Mu-jin, "explains the academic" Lee
/// Jun-han; the scare quotes of "a “flag effect”" make no quote.
#[test]
fn seed_000_every_quote_has_its_speaker() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/000_ac8235621096dcab.txt");
    let text = std::fs::read_to_string(&path).expect("the seed article is in examples/");
    let qs = quotes(&text);
    let direct: Vec<&Quote> = qs.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    let by = |start: &str| -> Option<String> {
        direct
            .iter()
            .find(|q| q.text.starts_with(start))
            .and_then(|q| speaker_name(q))
    };
    assert_eq!(
        by("Some 3,000 soldiers").as_deref(),
        Some("Jo Tae-yong"),
        "{}",
        show(&qs)
    );
    assert_eq!(
        by("There are of course fighters").as_deref(),
        Some("Du Jin-ho"),
        "{}",
        show(&qs)
    );
    assert_eq!(
        by("What North Korea wants").as_deref(),
        Some("Hong Min"),
        "{}",
        show(&qs)
    );
    assert_eq!(
        by("Despite its nuclear control").as_deref(),
        Some("Du Jin-ho"),
        "{}",
        show(&qs)
    );
    assert_eq!(
        by("We understand that").as_deref(),
        Some("Yang Mu-jin"),
        "{}",
        show(&qs)
    );
    assert_eq!(
        by("I don’t understand why").as_deref(),
        Some("Yang Mu-jin"),
        "{}",
        show(&qs)
    );
    assert_eq!(
        by("Faced with an external threat").as_deref(),
        Some("Lee Jun-han"),
        "{}",
        show(&qs)
    );
    assert_eq!(
        by("South Korean President Yoon").as_deref(),
        Some("Lee Jun-han"),
        "{}",
        show(&qs)
    );
    assert!(
        !qs.iter().any(|q| q.text.trim() == "flag effect"),
        "{}",
        show(&qs)
    );
    let jo = direct
        .iter()
        .find_map(|q| {
            q.source
                .as_ref()
                .filter(|s| s.name.as_deref() == Some("Jo Tae-yong"))
        })
        .expect("Jo Tae-yong");
    assert_eq!(
        (jo.code.as_deref(), jo.sector.as_deref()),
        (Some("KOR"), Some("SPY"))
    );
    let hong = direct
        .iter()
        .find_map(|q| {
            q.source
                .as_ref()
                .filter(|s| s.name.as_deref() == Some("Hong Min"))
        })
        .expect("Hong Min");
    assert_eq!(hong.role.as_deref(), Some("researcher"));
    assert_eq!(
        hong.affiliation.as_deref(),
        Some("the Reunification Research Center in Seoul")
    );
    assert_eq!(hong.code.as_deref(), Some("KOR"));
}

#[test]
fn a_stance_taken_is_attributed_to_whoever_took_it() {
    let qs = quotes("Hillary Clinton opposed the Iran deal last summer. Voters oppose it too.");
    let stance: Vec<&Quote> = qs
        .iter()
        .filter(|q| q.cue.as_ref().is_some_and(|c| c.text.starts_with("oppose")))
        .collect();
    assert_eq!(stance.len(), 1, "{}", show(&qs));
    assert_eq!(stance[0].text, "the Iran deal", "{}", show(&qs));
    assert_eq!(speaker_name(stance[0]).as_deref(), Some("Hillary Clinton"));
    // What is announced belongs to whoever announced it.
    let qs = quotes("Barack Obama announced a series of steps to tighten firearms sales.");
    let q = with_cue(&qs, "announced");
    assert!(q.text.starts_with("a series of steps"), "{}", show(&qs));
    assert_eq!(speaker_name(q).as_deref(), Some("Barack Obama"));
    // A stance that introduces a quotation leaves it to the direct quote.
    let qs =
        quotes("Trump, also on Twitter, defended his decision, \"I will destroy their economy.\"");
    assert!(
        qs.iter().all(|q| q.kind == QuoteKind::Direct),
        "{}",
        show(&qs)
    );
}

/// A parsed sentence written by hand: (form, UPOS, 1-based head, relation).
fn toy(rows: &[(&str, dyad_core::Upos, usize, &str)]) -> dyad_core::Sentence {
    let mut at = 0;
    let tokens = rows
        .iter()
        .map(|&(form, upos, head, rel)| {
            let mut t = dyad_core::Token::new(
                dyad_core::Span {
                    start: at,
                    end: at + form.len(),
                },
                form,
            );
            at += form.len() + 1;
            t.upos = upos;
            t.lemma = form.to_string();
            t.head = head;
            t.deprel = rel.to_string();
            t
        })
        .collect();
    dyad_core::Sentence {
        span: dyad_core::Span { start: 0, end: at },
        tokens,
        ..Default::default()
    }
}

#[test]
fn a_source_phrase_is_tidied_or_refused() {
    use dyad_core::Upos::*;
    let unquoted = |_: usize| false;
    // Which tokens the time tagger covers is given by hand below.
    let no_time = |_: usize| false;
    // "until Haley said": the conjunction is not part of the speaker.
    let s = toy(&[
        ("until", Sconj, 3, "mark"),
        ("Haley", Propn, 3, "nsubj"),
        ("said", Verb, 0, "root"),
    ]);
    let t = crate::view::Tree::new(&s);
    assert_eq!(
        crate::speaker_phrase(&t, 1, vec![0, 1], &unquoted, &no_time),
        Some((1, vec![1]))
    );
    // "Tuesday night said": a time, no one.
    let s = toy(&[
        ("Tuesday", Propn, 2, "compound"),
        ("night", Noun, 3, "nsubj"),
        ("said", Verb, 0, "root"),
    ]);
    let t = crate::view::Tree::new(&s);
    assert_eq!(
        crate::speaker_phrase(&t, 1, vec![0, 1], &unquoted, &|k| k <= 1),
        None
    );
    // "Tuesday , Clinton aide Palmieri said": the name beside the time.
    let s = toy(&[
        ("Tuesday", Propn, 6, "nsubj"),
        (",", Punct, 1, "punct"),
        ("Clinton", Propn, 4, "compound"),
        ("aide", Noun, 5, "compound"),
        ("Palmieri", Propn, 1, "appos"),
        ("said", Verb, 0, "root"),
    ]);
    let t = crate::view::Tree::new(&s);
    let (h, toks) = crate::speaker_phrase(&t, 0, vec![0, 1, 2, 3, 4], &unquoted, &|k| k == 0)
        .expect("the name beside the time");
    assert_eq!(t.form(h), "Clinton");
    assert_eq!(toks, vec![0, 1, 2, 3, 4]);
    // "Bush , who said": the pronoun stands for the noun it follows.
    let s = toy(&[
        ("Bush", Propn, 0, "root"),
        (",", Punct, 1, "punct"),
        ("who", Pron, 4, "nsubj"),
        ("said", Verb, 1, "acl:relcl"),
    ]);
    let t = crate::view::Tree::new(&s);
    assert_eq!(
        crate::speaker_phrase(&t, 2, vec![2], &unquoted, &no_time),
        Some((0, vec![0, 2]))
    );
    // A head inside quotation marks ("“Safety,” said …" misparsed).
    assert_eq!(
        crate::speaker_phrase(&t, 0, vec![0], &|_| true, &no_time),
        None
    );
}

#[test]
fn a_name_the_tagger_reads_as_an_adjective_still_speaks() {
    let qs = quotes(
        "Cuban spoke on Sunday.\n\n\"And I would have the same conversation for Donald,\" Cuban said.",
    );
    assert_eq!(
        source_of(&qs, |q| q.kind == QuoteKind::Direct),
        Some("Cuban"),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_quote_cued_inside_reported_speech_keeps_both_attributions() {
    let qs = quotes(
        "Lazar said he welcomed extradition to the United States and added, “I'll plead guilty, no problem.”",
    );
    let outer = qs
        .iter()
        .find(|q| q.cue.as_ref().is_some_and(|c| c.text == "said"))
        .unwrap_or_else(|| panic!("the reported speech: {}", show(&qs)));
    assert_eq!(
        outer.source.as_ref().map(|s| s.text.as_str()),
        Some("Lazar")
    );
    assert!(outer.text.contains("welcomed extradition"), "{}", show(&qs));
    let inner = qs
        .iter()
        .find(|q| q.text.contains("plead guilty") && q.kind == QuoteKind::Direct)
        .unwrap_or_else(|| panic!("the quotation: {}", show(&qs)));
    assert!(inner.source.is_some(), "{}", show(&qs));
}

#[test]
fn reported_speech_is_found_when_the_clause_is_parsed_as_an_object() {
    let qs = quotes(
        "Rubio said the real extremist on abortion is Hillary Clinton, and he railed against the moderators.",
    );
    let q = with_cue(&qs, "said");
    assert_eq!(q.source.as_ref().map(|s| s.text.as_str()), Some("Rubio"));
    assert!(q.text.contains("extremist on abortion"), "{}", show(&qs));
}

#[test]
fn a_name_and_a_colon_open_an_attribution_but_a_label_does_not() {
    let qs = quotes("Graham: Trump's rhetoric is destroying the party's chances to win.");
    let q = with_cue(&qs, ":");
    assert_eq!(q.source.as_ref().map(|s| s.text.as_str()), Some("Graham"));
    assert!(q.text.starts_with("Trump's rhetoric"), "{}", show(&qs));
    let qs = quotes("Update: The story was changed on Monday to add a comment.");
    assert!(qs.is_empty(), "{}", show(&qs));
    let qs = quotes("Monday: Leaders arrive in the capital for the summit.");
    assert!(qs.is_empty(), "{}", show(&qs));
    let qs = quotes("Q: Will the leaders arrive in the capital for the summit?");
    assert!(qs.is_empty(), "{}", show(&qs));
}

#[test]
fn what_a_poll_shows_is_attributed_to_the_poll() {
    for text in [
        "A new poll shows Sanders leading Clinton nationally.",
        // (Names the knowledge base does not know: with "Sanders" known
        // as a senator since stop 39 the tagger reads it as a name and the
        // parser then takes "Sanders leading Clinton" for one phrase.)
        "Early polls show Marlow leading Dunne nationally.",
    ] {
        let qs = quotes(text);
        let q = qs
            .iter()
            .find(|q| q.cue.as_ref().is_some_and(|c| c.text.starts_with("show")))
            .unwrap_or_else(|| panic!("{text}: {}", show(&qs)));
        assert!(
            source_text(q).ends_with("poll") || source_text(q).ends_with("polls"),
            "{}",
            show(&qs)
        );
        assert!(q.text.contains(" leading "), "{}", show(&qs));
    }
}

#[test]
fn a_charge_a_call_and_a_reference_are_attributed() {
    let cases = [
        (
            "Sanders has accused Clinton of being influenced by special interest groups.",
            "accused",
            "of being influenced",
            "Sanders",
        ),
        (
            "Senator Kelli Ward called for the impeachment of the attorney general.",
            "called",
            "the impeachment of the attorney general",
            "Senator Kelli Ward",
        ),
        (
            "Ramos was referring to the ever-growing Hispanic community.",
            "referring",
            "the ever-growing Hispanic community",
            "Ramos",
        ),
    ];
    for (text, cue, content, source) in cases {
        let qs = quotes(text);
        let q = qs
            .iter()
            .find(|q| q.cue.as_ref().is_some_and(|c| c.text.contains(cue)))
            .unwrap_or_else(|| panic!("{text}: {}", show(&qs)));
        assert!(q.text.contains(content), "{text}: {}", show(&qs));
        assert_eq!(
            q.source.as_ref().map(|s| s.text.as_str()),
            Some(source),
            "{}",
            show(&qs)
        );
    }
}

/// The source text of the first quote `pick` chooses; fails showing every
/// quote when none is chosen.
fn source_of(qs: &[Quote], pick: impl Fn(&&Quote) -> bool) -> Option<&str> {
    qs.iter()
        .find(pick)
        .unwrap_or_else(|| panic!("{}", show(qs)))
        .source
        .as_ref()
        .map(|s| s.text.as_str())
}

/// The speaker of the direct quotation in `text`, as written.
fn direct_source(text: &str) -> Option<String> {
    let qs = quotes(text);
    qs.iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .unwrap_or_else(|| panic!("{text}: {}", show(&qs)))
        .source
        .as_ref()
        .map(|s| s.text.clone())
}

#[test]
fn a_participle_in_the_speakers_apposition_is_not_a_clause() {
    assert_eq!(
        direct_source(
            "“We will not give up on this plan at all,” Mara Lind, managing director of the Hollis Fund, told reporters on Monday."
        )
        .as_deref(),
        Some("Mara Lind, managing director of the Hollis Fund")
    );
}

#[test]
fn an_irregular_past_read_as_a_noun_is_a_cue() {
    assert_eq!(
        direct_source(
            "“The deal is dead and nobody in the chamber will revive it,” the regional newspaper wrote."
        )
        .as_deref(),
        Some("the regional newspaper")
    );
}

#[test]
fn an_inverted_cue_after_a_comma_takes_the_name_after_it() {
    assert_eq!(
        direct_source(
            "“Prices will keep rising for a while,” as in every winter, said Tom Vale, an economist at the bank."
        )
        .as_deref(),
        Some("Tom Vale, an economist at the bank")
    );
}

#[test]
fn a_relative_pronoun_parsed_as_subject_stands_for_the_name_before_it() {
    let src = direct_source(
        "In March, Mr. Okafor, who made a fortune in shipping, told investors that the port deal was ‘‘a disaster in the making for all of us.’’",
    );
    assert!(
        src.as_deref().is_some_and(|s| s.contains("Okafor")),
        "{src:?}"
    );
}

#[test]
fn a_past_tense_read_as_a_passive_participle_keeps_its_subject() {
    assert_eq!(
        direct_source(
            "Trump called on the judge to resign from the court and said, “Her mind is shot and she should go!”"
        )
        .as_deref(),
        Some("Trump")
    );
}

#[test]
fn a_verb_whose_lemma_lost_its_e_is_still_a_cue() {
    assert_eq!(
        direct_source(
            "He then adopted a weary tone and joked, “But I will make it easier for them to make fun of me.”"
        )
        .as_deref(),
        Some("He")
    );
}

#[test]
fn as_someone_put_it_is_a_cue() {
    assert_eq!(
        direct_source(
            "As Tom Reyes, a former secretary of the navy, put it, “We cannot keep doing this every single year.”"
        )
        .as_deref(),
        Some("Tom Reyes, a former secretary of the navy")
    );
}

#[test]
fn a_speech_verb_opening_the_sentence_comes_before_its_speaker() {
    assert_eq!(
        direct_source(
            "Stated Orwell: “I think that the stakes are so high that they would do anything.”"
        )
        .as_deref(),
        Some("Orwell")
    );
    assert_eq!(
        direct_source(
            "The house was renovated. Said Dora Pell, who grew up with him in the neighborhood, “We were all so proud of him.”"
        )
        .as_deref(),
        Some("Dora Pell")
    );
}

#[test]
fn a_speech_verb_closing_the_sentence_reports_what_comes_before_it() {
    // The parser hangs "say" on "subsidies" as a relative clause.
    let text = "Higher bus fares are largely the result of a cut in city subsidies, officials say.";
    let qs = quotes(text);
    let q = with_cue(&qs, "say");
    assert_eq!(
        q.text,
        "Higher bus fares are largely the result of a cut in city subsidies"
    );
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("officials")
    );
}

#[test]
fn a_speech_participle_before_the_quote_takes_the_subject_before_it() {
    let src = direct_source(
        "Hours later, Vance returned the favor to Mendes, telling Reuters, “Paolo and I have been friends for a long time.”",
    );
    assert_eq!(src.as_deref(), Some("Vance"));
}

#[test]
fn a_reported_clause_is_found_when_the_verb_of_saying_is_parsed_as_its_modifier() {
    // The parser makes "said" an adverbial clause of "stopped".
    let text = "Ilves said the ferry line never stopped its crossings, however.";
    let qs = quotes(text);
    let q = with_cue(&qs, "said");
    assert_eq!(
        q.text,
        "the ferry line never stopped its crossings, however"
    );
    assert_eq!(q.source.as_ref().map(|s| s.text.as_str()), Some("Ilves"));
}

#[test]
fn a_cue_after_a_name_and_its_apposition_takes_the_name() {
    // The parser hangs "tweeted" on "nominee" with no subject.
    let src = direct_source(
        "Aldo Brenner, the 2010 Green Party nominee, tweeted in response: “Plain fact: the county keeps cutting bus routes and raising fares.”",
    );
    assert_eq!(
        src.as_deref(),
        Some("Aldo Brenner, the 2010 Green Party nominee")
    );
}

#[test]
fn a_participle_on_a_statement_speaks_for_the_one_who_issued_it() {
    let text =
        "The union released a statement saying that the new rota would put patients at risk.";
    let qs = quotes(text);
    assert_eq!(
        source_of(&qs, |q| q.cue.as_ref().is_some_and(|c| c.text == "saying")),
        Some("The union"),
        "{}",
        show(&qs)
    );
}

#[test]
fn thanks_and_blame_for_quoted_words_are_attributed() {
    let src = direct_source(
        "The coach thanked the fans for “staying loud through the whole of a miserable season.”",
    );
    assert_eq!(src.as_deref(), Some("The coach"));
    let qs = quotes("Lindqvist blamed the delay on “years of dithering.”");
    assert_eq!(
        source_of(&qs, |q| q.text.contains("dithering")),
        Some("Lindqvist"),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_quote_split_by_its_cue_is_one_attribution() {
    let qs = quotes(
        "“The ferry will keep running through the winter,” Ilves said, “but only on weekdays until the spring.”",
    );
    let direct: Vec<&Quote> = qs.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 1, "{}", show(&qs));
    let q = direct.first().expect("one quote");
    assert_eq!(q.content.len(), 2, "{}", show(&qs));
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("Ilves"),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_clause_of_its_own_after_an_open_quote_is_no_attribution() {
    let qs = quotes(
        "The audit found that the agency had “never once checked the contracts it signed,” which led to a second inquiry in the spring.",
    );
    assert!(
        !qs.iter()
            .any(|q| q.cue.as_ref().is_some_and(|c| c.text == "led")),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_clause_coordinated_after_a_quote_is_not_its_attribution() {
    let qs = quotes(
        "Halvorsen said the levee plan was “sound, fully funded and ready to go,” but the mayor warned that costs would keep rising.",
    );
    assert_eq!(
        source_of(&qs, |q| q.text.contains("fully funded")),
        Some("Halvorsen"),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_name_after_a_dash_and_before_a_colon_is_the_speaker() {
    let src = direct_source(
        "Turnout surprised the campaigns - Mara Quist: “The numbers from the rural counties were far above anything we had modelled.”",
    );
    assert_eq!(src.as_deref(), Some("Mara Quist"));
}

#[test]
fn an_inverted_speaker_opened_by_a_determiner_is_headed_by_its_noun() {
    // "Sunday" must not head the phrase (a time word is no speaker).
    let src = direct_source(
        "“There are potholes that have lasted longer than the promises of the mayor,” reads a Sunday editorial in The Harbor Gazette.",
    );
    assert_eq!(src.as_deref(), Some("a Sunday editorial"));
}

#[test]
fn quoted_words_parsed_as_a_subject_do_not_hide_the_speaker() {
    // The parser makes “Safety” a second subject of "said".
    let qs = quotes("“Safety,” said Grimm, a farmer from the valley.");
    assert_eq!(
        source_of(&qs, |q| q.text.contains("Safety")),
        Some("Grimm, a farmer from the valley"),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_verb_of_saying_inside_a_relative_clause_reports_it() {
    let text = "The plan includes a toll that many economists say is the wrong answer.";
    let qs = quotes(text);
    assert_eq!(
        source_of(&qs, |q| q.cue.as_ref().is_some_and(|c| c.text == "say")),
        Some("many economists"),
        "{}",
        show(&qs)
    );
    let q = with_cue(&qs, "say");
    assert!(q.text.contains("is the wrong answer"), "{}", show(&qs));
}

#[test]
fn a_participle_after_a_reported_clause_speaks_for_the_reporter() {
    // The parse hangs "saying" on "keep", inside what Vance argued.
    assert_eq!(
        direct_source(
            "Vance argued that a registry would keep people out, saying it is “all about good management in the end.”"
        )
        .as_deref(),
        Some("Vance")
    );
}

#[test]
fn a_verb_of_saying_the_parse_left_without_a_subject_takes_the_words_before_it() {
    for (text, speaker) in [
        (
            "Pressed by Mr. Stephanopoulos, Mr. Vale said there was no direct evidence of any crime.",
            "Mr. Vale",
        ),
        (
            "But aides said the governor simply believed in airing differences.",
            "aides",
        ),
    ] {
        let qs = quotes(text);
        assert_eq!(
            source_of(&qs, |q| q.cue.as_ref().is_some_and(|c| c.text == "said")),
            Some(speaker),
            "{}",
            show(&qs)
        );
    }
}

#[test]
fn the_clause_after_a_verb_of_saying_is_what_it_reports() {
    let text =
        "Despite praising the work of the Republican leader, Roe said if elected he could work with the party.";
    let qs = quotes(text);
    let q = with_cue(&qs, "said");
    assert!(
        q.text.contains("he could work with the party"),
        "{}",
        show(&qs)
    );
    assert!(!q.text.contains("praising"), "{}", show(&qs));
}

#[test]
fn a_commitment_and_a_statement_given_as_an_object_are_attributed() {
    for (text, cue, content, speaker) in [
        (
            "Senator Dana Holt vowed to fight the ruling in every court.",
            "vowed",
            "to fight the ruling in every court",
            "Senator Dana Holt",
        ),
        (
            "The minister reiterated her support for the fishing treaty on Friday.",
            "reiterated",
            "her support for the fishing treaty",
            "The minister",
        ),
        (
            "Local farmers expressed deep concern about the new canal.",
            "expressed",
            "deep concern about the new canal",
            "Local farmers",
        ),
    ] {
        let qs = quotes(text);
        let q = qs
            .iter()
            .find(|q| q.cue.as_ref().is_some_and(|c| c.text == cue))
            .unwrap_or_else(|| panic!("{text}: {}", show(&qs)));
        assert!(q.text.starts_with(content), "{}", show(&qs));
        assert_eq!(
            q.source.as_ref().map(|s| s.text.as_str()),
            Some(speaker),
            "{}",
            show(&qs)
        );
    }
}

#[test]
fn a_cue_after_the_quote_with_no_parsed_subject_takes_the_words_between() {
    // The tagger reads "Kelly" as an adverb and "charged" as a participle.
    assert_eq!(
        direct_source(
            "The moderator pressed on.\n\n“You have called women you dislike terrible names and worse,” Kelly charged in her now-infamous assault."
        )
        .as_deref(),
        Some("Kelly")
    );
}

#[test]
fn what_a_verb_of_saying_is_about_is_attributed() {
    let qs = quotes("The harbour master talked about the storm damage at length.");
    let q = with_cue(&qs, "talked");
    assert!(q.text.starts_with("the storm damage"), "{}", show(&qs));
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("The harbour master")
    );
}

#[test]
fn an_adjective_after_a_determiner_can_say_a_clause() {
    // The tagger reads "official" as an adjective and "said" as its
    // modifier: the clause after it is still reported, by "The official".
    let qs = quotes("The official said investigators are looking at the files.");
    let q = with_cue(&qs, "said");
    assert!(
        q.text.starts_with("investigators are looking"),
        "{}",
        show(&qs)
    );
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("The official")
    );
}

#[test]
fn a_finite_verb_of_saying_given_a_passive_subject_keeps_it() {
    // The parse makes "Cuban" (read as an adjective) the passive subject
    // of an active "said" after an opening participle clause.
    let qs = quotes(
        "In describing the mayor, Cuban said he sees a man without the patience needed to run a city.",
    );
    let q = with_cue(&qs, "said");
    assert!(q.text.starts_with("he sees a man"), "{}", show(&qs));
    assert_eq!(q.source.as_ref().map(|s| s.text.as_str()), Some("Cuban"));
}

#[test]
fn a_reported_clause_may_open_with_two_coordinated_nouns() {
    // The parse makes "the family" the object of "said" and "careful" a
    // second predicate of it.
    let qs = quotes(
        "Brian Fallon, a spokesman for the campaign, said the family and the foundation had always been careful about donors.",
    );
    let q = with_cue(&qs, "said");
    assert!(
        q.text.starts_with("the family and the foundation"),
        "{}",
        show(&qs)
    );
    assert_eq!(
        q.source.as_ref().and_then(|s| s.name.as_deref()),
        Some("Brian Fallon")
    );
}

#[test]
fn a_verb_of_saying_reports_a_clause_the_parse_broke_up() {
    // The parse makes "way" a second subject of "says" and hangs the
    // reported predicate inside the infinitive.
    let qs = quotes(
        "Senator Lindsey Graham says the only way to stop the front-runner may be to rally behind his rival.",
    );
    let q = with_cue(&qs, "says");
    assert!(q.text.starts_with("the only way"), "{}", show(&qs));
    assert!(source_text(q).contains("Lindsey Graham"), "{}", show(&qs));
    // Without a finite verb after it, the noun phrase is no clause.
    let qs = quotes("The senator told the reporters the same story on Tuesday.");
    assert!(
        !qs.iter()
            .any(|q| q.cue.as_ref().is_some_and(|c| c.text == "told")),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_verb_of_saying_after_a_comma_before_the_closing_name_reports_what_comes_before() {
    let qs = quotes(
        "The race tightened.\n\nThere may be no real political upside for the senator in coming out early with a plan for the region, said Michael Olson, a senior fellow at the institute.",
    );
    let q = with_cue(&qs, "said");
    assert!(q.text.starts_with("There may be no real"), "{}", show(&qs));
    assert_eq!(
        q.source.as_ref().and_then(|s| s.name.as_deref()),
        Some("Michael Olson"),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_participle_after_a_subordinate_clause_speaks_for_the_main_subject() {
    // The parse hangs "saying" on "surfaced", whose subject is "they".
    let qs = quotes(
        "Mayor Roe apologized for the posts after they surfaced, saying they were old and had “nothing to do with who I am as a public servant.”",
    );
    let q = with_cue(&qs, "saying");
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("Mayor Roe"),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_participle_after_a_quote_speaks_for_who_reports_it() {
    let qs = quotes(
        "Speaking to voters in Ohio, Vale said that there is “only one real reformer in a position to win this race,” adding that this is why Kim attacks him.",
    );
    let q = qs
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("Vale"),
        "{}",
        show(&qs)
    );
    // The parse hangs "adding" inside the reported clause: the verb of
    // saying above it names the speaker.
    let qs = quotes(
        "To be fair, Roe told the radio station that Kim “had a plan for the farms that was simply reckless,” adding, “She lost every county in the state.”",
    );
    let q = qs
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("Roe"),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_perfect_read_as_a_passive_keeps_its_subject_before_a_colon() {
    // "has apologized" parsed with "The mayor" as a passive subject.
    let qs = quotes(
        "The mayor has since apologized for the delay: “We should have acted sooner, and I take full responsibility for the mistake.”",
    );
    let q = qs
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("The mayor"),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_cue_read_as_a_noun_before_the_quote_still_introduces_it() {
    // "claims" tagged as a plural noun.
    let qs = quotes("The leaflet claims “Roe is the only candidate you can trust.”");
    let q = qs
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("The leaflet"),
        "{}",
        show(&qs)
    );
    assert_eq!(q.cue.as_ref().map(|c| c.text.as_str()), Some("claims"));
}

#[test]
fn a_cue_hung_on_the_clause_before_it_reports_the_clause_after_it() {
    // The parse hangs "says" on the opening clause as a parataxis.
    let qs = quotes(
        "Although many residents blamed the council for the closures and the jobs lost in the county, Vale says it is wrong to blame the mayor alone.",
    );
    let q = with_cue(&qs, "says");
    assert!(q.text.starts_with("it is wrong to blame"), "{}", show(&qs));
    assert_eq!(q.source.as_ref().map(|s| s.text.as_str()), Some("Vale"));
}

#[test]
fn it_can_speak_through_a_verb_of_saying() {
    let qs = quotes(
        "The council released its findings on Monday. It said the bridge had been unsafe for a decade.\n\n“We will not sell the land to anyone,” it added.",
    );
    for cue in ["said", "added"] {
        let q = qs
            .iter()
            .find(|q| q.cue.as_ref().is_some_and(|c| c.text == cue))
            .unwrap_or_else(|| panic!("{}", show(&qs)));
        assert!(source_text(q).eq_ignore_ascii_case("it"), "{}", show(&qs));
    }
    // An expletive is no speaker.
    let qs = quotes("It seems the bridge had been unsafe for a decade.");
    assert!(qs.iter().all(|q| q.source.is_none()), "{}", show(&qs));
}

#[test]
fn a_bare_noun_is_no_cue() {
    let qs = quotes(
        "“The talks are over and nobody will reopen them,” Kim, then the secretary of state, put it plainly in her memoir.",
    );
    assert!(
        qs.iter()
            .all(|q| q.cue.as_ref().is_none_or(|c| c.text != "state")),
        "{}",
        show(&qs)
    );
}

#[test]
fn as_someone_put_it_before_a_quote_names_the_speaker() {
    // The parse hangs "as" on the noun, not on "put".
    let qs = quotes(
        "But at the time, as the district prosecutor Ann Roe put it, “apart from a few fines for parking there was not much to complain about.”",
    );
    let q = qs
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert!(source_text(q).ends_with("Ann Roe"), "{}", show(&qs));
}

#[test]
fn a_sentence_ending_with_a_verb_of_saying_introduces_the_quote_after_it() {
    let qs = quotes(
        "Dora Pell, a curator at the museum, agreed. “Nobody is running out of time to find a new home for the paintings.”\n\nThe mayor disagreed. “We have plenty of room for every painting in the old town hall.”",
    );
    let direct: Vec<&Quote> = qs.iter().filter(|q| q.kind == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 2, "{}", show(&qs));
    assert_eq!(
        direct[0].source.as_ref().and_then(|s| s.name.as_deref()),
        Some("Dora Pell"),
        "{}",
        show(&qs)
    );
    // "disagreed" is tagged as a noun.
    assert_eq!(
        direct[1].source.as_ref().map(|s| s.text.as_str()),
        Some("The mayor"),
        "{}",
        show(&qs)
    );
    // Not when the sentence before has a quotation or an object.
    let qs = quotes(
        "The mayor explained the plan. “We have plenty of room for every painting in the old town hall.”",
    );
    assert!(
        qs.iter()
            .filter(|q| q.kind == QuoteKind::Direct)
            .all(|q| q.source.is_none()),
        "{}",
        show(&qs)
    );
}

#[test]
fn speech_reported_inside_reported_speech_is_not_attributed_again() {
    let qs = quotes("Vale said the company denied every claim about the spill in the river.");
    assert!(
        qs.iter()
            .any(|q| q.cue.as_ref().is_some_and(|c| c.text == "said")),
        "{}",
        show(&qs)
    );
    assert!(
        !qs.iter()
            .any(|q| q.cue.as_ref().is_some_and(|c| c.text == "denied")),
        "{}",
        show(&qs)
    );
    // "according to" speaks for the whole sentence, and is never inside.
    let qs = quotes("The mayor said the bridge is unsafe, according to the local newspaper.");
    assert!(
        qs.iter()
            .any(|q| q.cue.as_ref().is_some_and(|c| c.text == "according to")),
        "{}",
        show(&qs)
    );
}

#[test]
fn support_and_a_signature_are_stances_taken() {
    let qs = quotes(
        "Sanders supports the plan to raise the minimum wage. The governor signed the bill into law on Friday.",
    );
    for (cue, speaker) in [("supports", "Sanders"), ("signed", "The governor")] {
        let q = qs
            .iter()
            .find(|q| q.cue.as_ref().is_some_and(|c| c.text == cue))
            .unwrap_or_else(|| panic!("{}", show(&qs)));
        assert_eq!(
            q.source.as_ref().map(|s| s.text.as_str()),
            Some(speaker),
            "{}",
            show(&qs)
        );
    }
}

#[test]
fn words_quoted_inside_reported_speech_do_not_hide_it() {
    // A closing verb of saying reports the clause with its quoted words.
    let qs = quotes(
        "Turnout in the valley was \"flat for about a month\" as farmers waited for the harvest, the organizer said.",
    );
    let q = with_cue(&qs, "said");
    assert_eq!(q.kind, QuoteKind::Mixed, "{}", show(&qs));
    assert!(q.text.starts_with("Turnout in the valley"), "{}", show(&qs));
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("the organizer"),
        "{}",
        show(&qs)
    );
    // Not a relative clause on the name after a quotation: the quotation
    // is Ada Lind's, and "who writes" reports nothing.
    let qs = quotes("“The roads are a disgrace,” said Ada Lind, who writes for the paper.");
    assert_eq!(qs.len(), 1, "{}", show(&qs));
    assert_eq!(qs[0].kind, QuoteKind::Direct, "{}", show(&qs));
    // Not a relative clause on the object either: "that included …" is
    // no clause reported by "announced".
    let qs = quotes(
        "Roe announced her bid with a speech that included “three new promises” for farmers.",
    );
    assert!(
        !qs.iter().any(|q| q.text.starts_with("her bid")),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_quote_reported_according_to_someone_is_one_attribution() {
    let qs = quotes(
        "“We will not close the depot before the spring thaw,” Mayor Ines Garza said, according to the county newsletter.",
    );
    assert_eq!(qs.len(), 1, "{}", show(&qs));
    let q = with_cue(&qs, "according to");
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("the county newsletter"),
        "{}",
        show(&qs)
    );
    assert!(q.text.contains("spring thaw"), "{}", show(&qs));
}

#[test]
fn a_continuation_yields_to_the_speech_reported_around_it() {
    let qs = quotes(
        "“The plan is fine for now,” Roe said. “Nobody can fix the roads before the winter” unless the council pays for them, she said.",
    );
    let first = with_cue(&qs, "said");
    assert_eq!(first.text, "The plan is fine for now,", "{}", show(&qs));
    let q = qs
        .iter()
        .find(|q| q.text.contains("unless the council"))
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert_eq!(q.kind, QuoteKind::Mixed, "{}", show(&qs));
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("she"),
        "{}",
        show(&qs)
    );
}

#[test]
fn go_and_begin_are_no_verbs_of_saying_but_still_cue_after_a_comma() {
    let qs = quotes("The mayor said the new deal goes “nowhere near far enough for the farmers.”");
    assert!(
        !qs.iter()
            .any(|q| q.cue.as_ref().is_some_and(|c| c.text == "goes")),
        "{}",
        show(&qs)
    );
    let q = qs
        .iter()
        .find(|q| q.text.contains("nowhere near"))
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("The mayor"),
        "{}",
        show(&qs)
    );
    let qs = quotes(
        "“Before we vote on the budget,” Roe began, “let us thank the staff for their work.”",
    );
    assert_eq!(
        with_cue(&qs, "began")
            .source
            .as_ref()
            .map(|s| s.text.as_str()),
        Some("Roe"),
        "{}",
        show(&qs)
    );
}

#[test]
fn capitalized_words_before_a_cue_after_the_quote_are_a_name() {
    // The tagger reads the unfamiliar surnames as verbs or adjectives.
    assert_eq!(
        direct_source(
            "“The county cannot keep changing the voting rules four days before the polls open,” Husted said."
        )
        .as_deref(),
        Some("Husted")
    );
    assert_eq!(
        direct_source(
            "“In 2008, in Denver, the week she had to give it all up, I was a delegate for the state,” Ebeling explained."
        )
        .as_deref(),
        Some("Ebeling")
    );
}

#[test]
fn a_capitalized_word_read_as_a_verb_after_an_inverted_cue_opens_the_name() {
    let src = direct_source(
        "“Nobody expected the turnout to fall that far,” said Florida-based strategist Al Cortez.",
    );
    assert!(
        src.as_deref().is_some_and(|s| s.contains("Cortez")),
        "{src:?}"
    );
}

#[test]
fn a_verb_after_a_quote_opened_inside_a_clause_is_not_its_cue() {
    let qs = quotes(
        "Although he told the court that he cared about “a fairer world for all of our children,” he targeted dozens of ordinary families.",
    );
    assert!(
        qs.iter()
            .all(|q| q.cue.as_ref().is_none_or(|c| c.text != "targeted")),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_name_and_apposition_the_parse_hung_elsewhere_speak_for_the_cue() {
    let qs = quotes(
        "Alarmed by the riots in the capital, Senator Ann Dorsey, the majority whip, said that she spoke with the governor on Monday.",
    );
    let q = with_cue(&qs, "said");
    assert!(
        q.source.as_ref().is_some_and(|s| s.text.contains("Dorsey")),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_short_quotation_with_its_own_cue_is_a_quote() {
    let qs = quotes(
        "The crowd had waited for hours in the rain. “Absolutely not,” the mayor said when asked whether she would resign.",
    );
    assert!(
        qs.iter().any(|q| q.kind == QuoteKind::Direct
            && q.text.contains("Absolutely")
            && q.source.as_ref().is_some_and(|s| s.text == "the mayor")),
        "{}",
        show(&qs)
    );
    // A short quoted phrase inside a clause stays a phrase.
    let qs = quotes("The mayor called the plan “a disgrace” and left the room.");
    assert!(
        qs.iter().all(|q| q.kind != QuoteKind::Direct),
        "{}",
        show(&qs)
    );
}

#[test]
fn words_read_as_adverbs_opening_the_sentence_speak_for_a_subjectless_cue() {
    let qs = quotes("Nearly half said they would vote again in the spring.");
    let q = with_cue(&qs, "said");
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("Nearly half"),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_capitalized_name_before_who_is_the_speaker_whatever_its_tag() {
    let qs = quotes(
        "Sanders, who has already sent fundraising pleas on his behalf, said he also may campaign for him.",
    );
    let q = with_cue(&qs, "said");
    assert!(source_text(q).contains("Sanders"), "{}", show(&qs));
}

#[test]
fn an_inverted_cue_set_off_by_commas_takes_the_name_after_it() {
    let qs = quotes(
        "Rather than seeing the tax burden rise further, said Marcia Smith, a vice president at the firm, the company wants the gap narrowed.",
    );
    let q = with_cue(&qs, "said");
    assert!(source_text(q).starts_with("Marcia Smith"), "{}", show(&qs));
}

#[test]
fn a_share_of_those_polled_that_says_something_is_read_on_the_surface() {
    let qs = quotes(
        "Views on trade are split: 47% say the country should leave the pact; 37% disagree.",
    );
    let q = with_cue(&qs, "say");
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("47%"),
        "{}",
        show(&qs)
    );
    assert!(
        q.text.starts_with("the country should leave"),
        "{}",
        show(&qs)
    );
}

#[test]
fn what_someone_told_a_listener_is_read_on_the_surface() {
    let qs = quotes("Gates told the AP that he and Roe introduced the firms to the charity.");
    let q = with_cue(&qs, "told");
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("Gates"),
        "{}",
        show(&qs)
    );
    assert!(q.text.starts_with("he and Roe introduced"), "{}", show(&qs));
}

#[test]
fn an_inverted_closing_cue_keeps_its_speaker_with_a_relative_clause() {
    let qs = quotes(
        "Nor are tariffs likely to bring those jobs back, said Ann Roe, a professor of economics at the college, who studies trade.",
    );
    let q = with_cue(&qs, "said");
    assert!(source_text(q).starts_with("Ann Roe"), "{}", show(&qs));
    assert!(q.text.starts_with("Nor are tariffs"), "{}", show(&qs));
}

#[test]
fn an_inverted_closing_cue_may_have_a_plural_speaker() {
    let qs = quotes(
        "The town's rise may have surprised its own residents more than anyone else, said several observers.",
    );
    let q = with_cue(&qs, "said");
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("several observers"),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_time_phrase_between_the_cue_and_that_does_not_hide_the_clause() {
    let qs = quotes(
        "He said on Thursday that Vale needs to do more work to show that he is a true reformer.",
    );
    let q = with_cue(&qs, "said");
    assert!(q.text.starts_with("Vale needs"), "{}", show(&qs));
}

#[test]
fn a_participle_hung_on_a_time_word_after_a_statement_speaks_for_its_author() {
    let src = direct_source(
        "The mayor issued a statement Tuesday saying, “I do not think that anyone here is above the law.”",
    );
    assert_eq!(src.as_deref(), Some("The mayor"));
}

#[test]
fn an_inverted_cue_after_a_comma_before_the_quote_takes_the_name_after_it() {
    let qs = quotes(
        "Because of how the council drew the map, explained Rosenberg, \"with this thing being over by March, there is no way to catch up.\"",
    );
    let q = with_cue(&qs, "explained");
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("Rosenberg"),
        "{}",
        show(&qs)
    );
    let qs = quotes("In other words, explained moderator Nancy Cordes: \"What does that have to do with the budget?\"");
    let q = with_cue(&qs, "explained");
    assert!(source_text(q).ends_with("Nancy Cordes"), "{}", show(&qs));
}

#[test]
fn a_participle_after_a_comma_cues_the_quote_in_its_clause() {
    let qs = quotes(
        "\"The roads are terrible,\" Vale said, adding that the mayor is \"definitely the least honest of the candidates.\"",
    );
    let q = with_cue(&qs, "adding");
    assert_eq!(
        q.source.as_ref().map(|s| s.text.as_str()),
        Some("Vale"),
        "{}",
        show(&qs)
    );
    assert!(q.text.contains("least honest"), "{}", show(&qs));
}

#[test]
fn a_relative_clause_between_the_name_and_a_cue_before_the_quote() {
    let qs = quotes(
        "Roe, who also campaigned in the county this week, tweeted, \"Thank you Ohio! We will win\" on Friday afternoon.",
    );
    let q = with_cue(&qs, "tweeted");
    assert!(
        q.source.as_ref().is_some_and(|s| s.text.starts_with("Roe")),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_pro_form_after_a_verb_of_saying_is_what_was_said() {
    let qs = quotes(
        "Asked whether the mayor is honest, 61 percent of residents said yes, while 40 percent said the same of her rival.",
    );
    for said in ["yes", "the same of her rival"] {
        assert!(
            qs.iter()
                .any(|q| q.kind == QuoteKind::Indirect && q.text == said && q.source.is_some()),
            "{said}: {}",
            show(&qs)
        );
    }
}

#[test]
fn declining_to_comment_is_an_attribution() {
    let qs = quotes("A spokesman for the council declined to comment. Vale refused to say whether the plan would pass.");
    let q = with_cue(&qs, "declined");
    assert_eq!(q.text, "to comment", "{}", show(&qs));
    let q = with_cue(&qs, "refused");
    assert!(q.text.starts_with("to say whether"), "{}", show(&qs));
    assert!(
        q.source.as_ref().is_some_and(|s| s.text == "Vale"),
        "{}",
        show(&qs)
    );
}

#[test]
fn an_as_clause_with_a_verb_of_saying_attributes_the_sentence() {
    let qs = quotes(
        "As the Daily Courier reported, the mayor raised more than a million dollars for the race.",
    );
    let q = with_cue(&qs, "reported");
    assert!(q.text.starts_with("the mayor raised"), "{}", show(&qs));
    assert!(source_text(q).contains("Daily Courier"), "{}", show(&qs));
    let qs = quotes("The council has fixed the roads, as the mayor has often said.");
    assert!(
        qs.iter()
            .any(|q| q.text == "The council has fixed the roads"
                && q.source.as_ref().is_some_and(|s| s.text == "the mayor")),
        "{}",
        show(&qs)
    );
}

#[test]
fn an_as_clause_inside_the_sentence_attributes_the_words_around_it() {
    let qs = quotes(
        "The mayor met the union that day, as the Daily Courier reported on Tuesday, and he will join the talks next week.",
    );
    let q = with_cue(&qs, "reported");
    assert!(
        q.text.starts_with("The mayor met the union") && q.text.contains("join the talks"),
        "{}",
        show(&qs)
    );
    assert!(source_text(q).contains("Daily Courier"), "{}", show(&qs));
}

#[test]
fn an_adverbial_clause_between_the_name_and_a_cue_before_the_quote() {
    let qs = quotes(
        "Ted Vale, when asked specifically what about the mayor's vision for the town is wrong, responded that the mayor \"is right about the problems, but her solutions do not work.\"",
    );
    let q = with_cue(&qs, "responded");
    assert!(source_text(q).starts_with("Ted Vale"), "{}", show(&qs));
}

#[test]
fn a_text_that_reads_after_the_quote_is_its_source() {
    // "read" closing the clause after a noun is what a letter, a sign or
    // a statement says, though the tagger reads it as a noun.
    let qs = quotes(
        "The town sent a letter to residents on Monday. “We will rebuild the bridge before the winter comes,” the letter read.",
    );
    let q = with_cue(&qs, "read");
    assert_eq!(source_text(q), "the letter", "{}", show(&qs));
}

#[test]
fn a_participle_after_a_nested_reported_clause_speaks_for_the_outer_reporter() {
    // The nearest subject before "telling" is the one inside what Roe
    // said; the participle is Roe's.
    let qs = quotes(
        "Ann Roe said she saw no reason to change the plan, telling reporters that “we work hard and we keep our promises.”",
    );
    let q = with_cue(&qs, "telling");
    assert_eq!(source_text(q), "Ann Roe", "{}", show(&qs));
    // The same when the parse hangs the participle on the reported clause.
    let qs = quotes(
        "The senator said the tax system was corrupt, noting that it is “very strange that no banker went to jail for the crash.”",
    );
    let q = with_cue(&qs, "noting");
    assert_eq!(source_text(q), "The senator", "{}", show(&qs));
}

#[test]
fn a_crowd_chanting_and_a_voice_interjecting_are_cues() {
    // What a crowd calls out is said by the crowd.
    let qs = quotes(
        "About fifty farmers gathered outside the hall on Monday, chanting “no water, no crops, no town.”",
    );
    let q = with_cue(&qs, "chanting");
    assert_eq!(source_text(q), "About fifty farmers", "{}", show(&qs));
    let qs = quotes(
        "The two men kept talking over the music. Vale interjected, “Ladies and gentlemen, the best band in the county.”",
    );
    let q = with_cue(&qs, "interjected");
    assert_eq!(source_text(q), "Vale", "{}", show(&qs));
}

#[test]
fn a_verb_of_saying_coordinated_with_the_cue_is_an_attribution_of_its_own() {
    // "and said …" is not part of what "tweeted" reports.
    let qs = quotes(
        "Ann Roe later tweeted a photograph of the damage and said she had been pushed backward.",
    );
    let q = with_cue(&qs, "said");
    assert_eq!(source_text(q), "Ann Roe", "{}", show(&qs));
    assert_eq!(q.text, "she had been pushed backward", "{}", show(&qs));
    let q = with_cue(&qs, "tweeted");
    assert_eq!(q.text, "a photograph of the damage", "{}", show(&qs));
}

#[test]
fn a_verb_of_saying_set_off_by_commas_reports_the_words_around_it() {
    // The parse hangs "he said" on "goal" as a relative clause.
    let qs = quotes("The goal, he said, is to forge a lasting truce in the valley.");
    let q = with_cue(&qs, "said");
    assert_eq!(source_text(q), "he", "{}", show(&qs));
    assert!(q.text.starts_with("The goal"), "{}", show(&qs));
    assert!(q.text.ends_with("truce in the valley"), "{}", show(&qs));
}

#[test]
fn a_verb_inside_a_quotation_governs_no_title_outside_it() {
    // "Meet the Press" is a title; the "said" that the parse hangs it on is
    // the quoted speaker's own word, not a cue for the words before it.
    let qs = quotes(
        "On NBC’s “Meet the Press” Tuesday, he said, “I never said I was going to pay for the fees.”",
    );
    assert!(
        qs.iter().all(|q| q.kind == QuoteKind::Direct),
        "{}",
        show(&qs)
    );
    let q = with_cue(&qs, "said");
    assert_eq!(source_text(q), "he", "{}", show(&qs));
}

#[test]
fn a_dash_and_a_name_under_a_quoted_paragraph_name_its_speaker() {
    // The fact-check layout: the quotation is a paragraph of its own and
    // the next paragraph gives the speaker after a dash.
    let qs = quotes(
        "The mayor spoke twice on Monday.\n\n\"Every bridge in this county will be repaired before the first snow.\"\n\n- Ann Roe, at the council meeting.\n\nThe county has 40 bridges.",
    );
    let q = qs
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert_eq!(source_text(q), "Ann Roe", "{}", show(&qs));
    assert_eq!(
        q.cue.as_ref().map(|c| c.text.as_str()),
        Some("-"),
        "{}",
        show(&qs)
    );
    // A dash line that is no name is no speaker.
    let qs = quotes(
        "The mayor spoke twice on Monday.\n\n\"Every bridge in this county will be repaired before the first snow.\"\n\n- and then the rain came back for a week.",
    );
    let q = qs
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert!(q.source.is_none(), "{}", show(&qs));
}

#[test]
fn a_cue_coordinated_with_a_passive_shares_its_subject() {
    // "Dora Pell was joined on stage by Vale and joked, …": the one joined
    // is the one who jokes.
    assert_eq!(
        direct_source(
            "Dora Pell was joined on stage again by Tom Vale and joked, “Friends of the mayor, you are being ridiculous,” drawing loud jeers."
        )
        .as_deref(),
        Some("Dora Pell")
    );
}

#[test]
fn an_opening_phrase_is_not_what_the_verb_after_it_reports() {
    // "…, experts say." reports the clause before the comma; a verb with
    // its own object or clause after it reports that, not an opening
    // adverbial.
    for text in [
        "Meanwhile, Ann Roe reminds us of the neighbor who never leaves.",
        "Like them or not, those four veterans demonstrated that it helps to have some training first.",
    ] {
        let qs = quotes(text);
        assert!(
            qs.iter()
                .all(|q| !q.text.starts_with("Meanwhile") && !q.text.starts_with("Like")),
            "{text}: {}",
            show(&qs)
        );
    }
    let qs = quotes("In 2014, the county pledged to rebuild every bridge before the winter.");
    let q = with_cue(&qs, "pledged");
    assert!(q.text.starts_with("to rebuild"), "{}", show(&qs));
    let qs = quotes("The bridge will be rebuilt before the winter, experts said on Tuesday.");
    let q = with_cue(&qs, "said");
    assert_eq!(source_text(q), "experts", "{}", show(&qs));
    assert!(q.text.starts_with("The bridge"), "{}", show(&qs));
}

#[test]
fn a_second_verb_of_saying_after_quoted_words_is_an_attribution_of_its_own() {
    // "saying …" after the comma is not part of what "argued" reports.
    let qs = quotes(
        "Ann Roe argued that a registry would keep fraud out of the county, saying it was “all about order.”",
    );
    let saying = with_cue(&qs, "saying");
    assert!(saying.text.contains("all about order"), "{}", show(&qs));
    assert_eq!(source_text(saying), "Ann Roe", "{}", show(&qs));
    let argued = with_cue(&qs, "argued");
    assert_eq!(
        argued.text,
        "that a registry would keep fraud out of the county",
        "{}",
        show(&qs)
    );
}

#[test]
fn a_name_before_the_cue_past_a_time_word_speaks() {
    // "Thursday" was parsed as the subject of "told"; the name ends at its
    // head.
    let qs = quotes(
        "Ann Roe later Thursday told the Courier: “Both of them are meeting next week to talk about these things.”",
    );
    assert_eq!(
        source_text(with_cue(&qs, "told")),
        "Ann Roe",
        "{}",
        show(&qs)
    );
}

#[test]
fn a_short_sentence_after_a_question_names_its_speaker_whatever_the_verb() {
    // "pressed" is no verb of saying; after the question mark the splitter
    // ends the sentence.
    let qs = quotes(
        "“Would the plan be open to talks about the budget?” Vale pressed. “Maybe let some of them stay if they sign up?”",
    );
    let q = with_cue(&qs, "pressed");
    assert_eq!(source_text(q), "Vale", "{}", show(&qs));
    assert!(q.text.starts_with("Would the plan"), "{}", show(&qs));
}

#[test]
fn an_embassy_speaks_for_its_country_not_for_where_it_is() {
    let qs = quotes(
        "“We urge our partners to be consistent,” Wen Lan, a counsellor at the Chinese embassy in Ottawa, said on Tuesday.",
    );
    let sp = qs
        .iter()
        .find_map(|q| q.source.as_ref())
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert_eq!(sp.code.as_deref(), Some("CHN"), "{sp:?}");
}

#[test]
fn the_subject_of_the_clause_holding_a_quote_is_its_source() {
    // No verb of saying governs the quote: the clause that holds it does.
    let qs = quotes(
        "Mayor Tom Keller ripped the county board for acting as “the judge and the jury and the executioner” in the zoning dispute.",
    );
    let q = qs
        .iter()
        .find(|q| q.text.contains("the judge and the jury"))
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert!(source_text(q).contains("Tom Keller"), "{}", show(&qs));
    // A title is quoted, not said: it takes no source from its clause.
    let qs = quotes("Dana Whitfield starred in “The House on Maple Street Tonight” last year.");
    assert!(qs.iter().all(|q| q.source.is_none()), "{}", show(&qs));
}

#[test]
fn a_quoted_phrase_takes_the_speaker_of_a_verb_of_judging_above_its_clause() {
    // "getting" stands between the quoted words and "called for": the
    // climb goes on to the verb of judging and its subject.
    let qs = quotes("Ms. Roe called for getting the county bridge program “back on track.”");
    let q = qs
        .iter()
        .find(|q| q.text.contains("back on track"))
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert!(source_text(q).contains("Roe"), "{}", show(&qs));
}

#[test]
fn it_speaks_in_what_it_calls() {
    // "it" is refused as a subject in general (an expletive), but the
    // subject of a verb of saying or judging that holds a quote speaks.
    let qs = quotes(
        "The agency opposes what it calls “reckless spending on roads that nobody in the county uses.”",
    );
    let q = qs
        .iter()
        .find(|q| q.text.contains("reckless spending"))
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert_eq!(source_text(q), "it", "{}", show(&qs));
}

#[test]
fn a_speaker_after_the_quote_with_quoted_words_in_the_apposition() {
    let qs = quotes(
        "Not everyone was happy.\n\n“We have had better conventions than this one,” Ohio delegate Tom Vale, wearing a straw hat and “Vale 2016” pins, said calmly as the confetti fell.",
    );
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("We have had"))
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert!(
        source_text(q).contains("Tom Vale"),
        "{}",
        show(std::slice::from_ref(q))
    );
}

#[test]
fn a_participle_on_the_speaker_after_the_quote_is_not_the_cue() {
    let qs = quotes(
        "The judge was unconvinced. “The claim is speculative given the lack of any support,” the order released Friday said.",
    );
    let q = with_cue(&qs, "said");
    assert!(q.text.starts_with("The claim"), "{}", show(&qs));
    assert!(source_text(q).starts_with("the order"), "{}", show(&qs));
    assert!(
        qs.iter()
            .all(|q| q.cue.as_ref().is_none_or(|c| c.text != "released")),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_text_read_after_a_noun_tagged_as_an_adjective() {
    let qs = quotes(
        "“We lost the vote,” Vale said.\n\n“If she wants to win, she should come to Ohio,” the editorial read.",
    );
    let q = with_cue(&qs, "read");
    assert!(q.text.starts_with("If she wants"), "{}", show(&qs));
    assert_eq!(source_text(q), "the editorial", "{}", show(&qs));
}

#[test]
fn a_speaker_after_the_quote_with_a_long_apposition() {
    let qs = quotes(
        "“We will win this state,” Vale, the party's candidate for governor and the current leader in the statewide polls after a narrow win in the spring primary, said when a reporter asked him.",
    );
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("We will win"))
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert!(source_text(q).starts_with("Vale"), "{}", show(&qs));
}

#[test]
fn a_dash_glued_to_the_name_on_the_line_after_a_quote() {
    let qs = quotes(
        "The night was long.\n\n\"It has to end now, and it has to end here.\"\n\n-Mary Dell, Toledo.\n\nThe hall emptied at midnight.",
    );
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("It has to end"))
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert!(source_text(q).contains("Dell"), "{}", show(&qs));
}

#[test]
fn a_cue_closing_the_sentence_after_a_quote_speaks_for_all_of_it() {
    let qs = quotes(
        "The debate went on.\n\nNothing the governor said \"will calm the voters' fears,\" the Ohio senator said.",
    );
    assert!(
        qs.iter().all(|q| !source_text(q).contains("governor")),
        "{}",
        show(&qs)
    );
    let q = with_cue(&qs, "said");
    assert_eq!(source_text(q), "the Ohio senator", "{}", show(&qs));
}

#[test]
fn a_participle_after_a_quote_continues_the_cue_before_it() {
    let qs = quotes(
        "On the same day, Mr. Vale said of the vote, “I don't like it,” adding that “they have anger that's unbelievable.”",
    );
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("I don't like it"))
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert_eq!(source_text(q), "Mr. Vale", "{}", show(&qs));
    assert_eq!(
        q.cue.as_ref().map(|c| c.text.as_str()),
        Some("said"),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_participle_between_two_quotes_speaks_for_the_subject_outside_them() {
    let qs = quotes(
        "On the radio the day before, she stated, “When I look at this, the plan would have failed,” adding, “I think many people were hurt last year.”",
    );
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("I think many"))
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert_eq!(source_text(q), "she", "{}", show(&qs));
}

#[test]
fn wishes_views_and_criticism_are_stances_taken() {
    // Wanting, preferring and planning, seeing and considering, calling
    // and ordering, and blaming or praising by name: each is what its
    // subject holds or did, attributed to it.
    let qs = quotes(
        "The mayor wants a new bridge over the river. Most farmers preferred the older route. Governor Ann Roe blasted the county budget on Monday. The council mocked the proposal. Tom Vale sees the vote as a test of the union. The judge ordered a recount in two districts.",
    );
    for (cue, speaker) in [
        ("wants", "The mayor"),
        ("preferred", "Most farmers"),
        ("blasted", "Governor Ann Roe"),
        ("mocked", "The council"),
        ("sees", "Tom Vale"),
        ("ordered", "The judge"),
    ] {
        let q = with_cue(&qs, cue);
        assert_eq!(source_text(q), speaker, "{}", show(&qs));
    }
}

#[test]
fn an_opening_participle_gives_way_to_the_verb_of_saying_after_it() {
    let qs = quotes(
        "Asked a direct question about the vote in the debate, Roe said, \"I do take the blame.\" She followed that by saying, \"I am not a natural speaker, in case you have not noticed.\"",
    );
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("I do take"))
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert_eq!(source_text(q), "Roe", "{}", show(&qs));
}

#[test]
fn disputes_advocacy_and_congratulations_are_stances_taken() {
    let qs = quotes(
        "The union disputed the figures on Tuesday. Senator Tom Vale championed the farm bill for a decade. The governor congratulated the winners of the county race.",
    );
    for (cue, speaker) in [
        ("disputed", "The union"),
        ("championed", "Senator Tom Vale"),
        ("congratulated", "The governor"),
    ] {
        let q = with_cue(&qs, cue);
        assert_eq!(source_text(q), speaker, "{}", show(&qs));
    }
}

#[test]
fn a_stance_verb_in_the_passive_names_no_speaker() {
    // What "was considered a failure" is the stance's topic, not its
    // holder.
    let qs = quotes(
        "Furthermore, the role of the army in this war was for many considered a failure of the government.",
    );
    assert!(
        qs.iter().all(|q| q
            .cue
            .as_ref()
            .is_none_or(|c| !c.text.contains("considered"))),
        "{}",
        show(&qs)
    );
    // The active stance still has its holder.
    let qs = quotes("The senator considered the war a failure of the government.");
    let q = with_cue(&qs, "considered");
    assert_eq!(source_text(q), "The senator", "{}", show(&qs));
}

#[test]
fn a_surname_the_tagger_misread_before_the_cue_speaks() {
    // "Harding" read as a participle, "Callous" as an adjective: the cue
    // had no subject and the quote no speaker.
    for name in ["Harding", "Callous"] {
        let qs = quotes(&format!(
            "{name} told the council: “Every bridge in the county will be inspected before winter.”"
        ));
        let q = qs
            .iter()
            .find(|q| q.kind == QuoteKind::Direct)
            .unwrap_or_else(|| panic!("{}", show(&qs)));
        assert_eq!(source_text(q), name, "{}", show(&qs));
    }
    // A noun the parse hung elsewhere, before a past read as a participle.
    let qs = quotes(
        "The crowd applauded.\n\nVandermeer interjected: “So the bridge will stay closed all winter?”",
    );
    let q = qs
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert_eq!(source_text(q), "Vandermeer", "{}", show(&qs));
    // A discourse adverb opening the sentence is no speaker.
    let qs = quotes("Later told the council: “Every bridge in the county will be inspected.”");
    assert!(
        qs.iter().all(|q| source_text(q) != "Later"),
        "{}",
        show(&qs)
    );
}

#[test]
fn a_participle_before_the_name_after_an_inverted_cue() {
    let qs = quotes(
        "“We will not give up the harbor without a fight,” said retired Navy Capt. Dora Pell, who commanded the base until 2019.\n\n“Nobody on the board saw the report before the vote,” said outgoing Mayor Tom Vale.",
    );
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("We will not"))
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert!(source_text(q).contains("Dora Pell"), "{}", show(&qs));
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("Nobody"))
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert!(source_text(q).contains("Tom Vale"), "{}", show(&qs));
}

#[test]
fn a_cue_after_a_relative_clause_no_comma_closes() {
    let qs = quotes(
        "“The county has wasted two years on this bridge,” Dora Pell, who chairs the transit board said in a statement on Monday.\n\n“Nobody will cross it before the spring,” Tom Vale, the engineer who inspected the span wrote on Tuesday.",
    );
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("The county"))
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert!(source_text(q).starts_with("Dora Pell"), "{}", show(&qs));
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("Nobody"))
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert!(source_text(q).starts_with("Tom Vale"), "{}", show(&qs));
}

#[test]
fn a_name_read_as_a_noun_in_a_short_sentence_after_a_question() {
    let qs = quotes(
        "“Building it? Not negotiable.”\n\n“Would the bridge be open to trucks in the winter?” Vandermeer pressed. “Maybe for a few hours a day?”",
    );
    let q = qs
        .iter()
        .find(|q| q.text.starts_with("Would the bridge"))
        .unwrap_or_else(|| panic!("{}", show(&qs)));
    assert_eq!(source_text(q), "Vandermeer", "{}", show(&qs));
}

#[test]
fn an_inverted_cue_after_quoted_words_ending_the_clause_takes_the_name_after_it() {
    // The comma sits inside the closing mark: "…,” said Name".
    let qs = quotes(
        "The new clinic is ''a real lifeline,'' said Dora Pell, the county's health director.",
    );
    let q = with_cue(&qs, "said");
    assert!(source_text(q).starts_with("Dora Pell"), "{}", show(&qs));
    assert!(q.text.starts_with("The new clinic"), "{}", show(&qs));
}

#[test]
fn a_clause_coordinated_after_an_inverted_speaker_is_no_part_of_the_speaker() {
    let qs = quotes(
        "Ms. Hale is ''no pushover,'' said Mr. Okafor, but she has won the trust of the whole board.",
    );
    let q = with_cue(&qs, "said");
    assert_eq!(source_text(q), "Mr. Okafor", "{}", show(&qs));
    assert!(q.text.starts_with("Ms. Hale is"), "{}", show(&qs));
}

#[test]
fn a_cue_inverted_between_commas_speaks_for_the_name_after_it() {
    let qs = quotes(
        "The puzzle of the mayor, says Tom Vale, historian at the county museum, is that she was \"one of the most careful leaders the town ever had.\"",
    );
    let q = with_cue(&qs, "says");
    assert!(source_text(q).starts_with("Tom Vale"), "{}", show(&qs));
}

#[test]
fn a_verb_whose_clause_a_cue_interrupts_gives_way_to_that_cue() {
    let qs = quotes(
        "The papers show, he said in a phone interview, that ''the council and the builder worked hand in hand.''",
    );
    assert!(
        qs.iter()
            .all(|q| q.cue.as_ref().is_none_or(|c| c.text != "show")),
        "{}",
        show(&qs)
    );
    let q = with_cue(&qs, "said");
    assert_eq!(source_text(q), "he", "{}", show(&qs));
}

#[test]
fn what_a_quotation_comes_from_before_a_colon_is_its_source() {
    let qs = quotes(
        "The county released its study of the flood on Monday. From the study: \"Most of the damage came in the first six hours, when the river rose faster than any gauge could show.\"",
    );
    let q = with_cue(&qs, ":");
    assert_eq!(source_text(q), "the study", "{}", show(&qs));
}

#[test]
fn a_share_with_a_preposition_before_its_number_can_speak() {
    let qs = quotes(
        "More than 6 in 10 farmers who came to the meeting described themselves as owners. About four in 10 said they were \"angry\" with the way the county board is working.",
    );
    let q = with_cue(&qs, "said");
    assert!(source_text(q).ends_with("four in 10"), "{}", show(&qs));
}

#[test]
fn a_cue_coordinated_inside_a_reported_clause_speaks_for_its_reporter() {
    let qs = quotes(
        "Okafor said Monday that he will \"try to form a stable council\" and insisted that his party was \"still the largest force in the county.\"",
    );
    let q = with_cue(&qs, "insisted");
    assert_eq!(source_text(q), "Okafor", "{}", show(&qs));
}

#[test]
fn words_named_inside_a_stance_are_the_stance_holder_s() {
    let qs = quotes(
        "Vale has long railed against what he calls the \"county cartel\" and cast himself as an outsider.",
    );
    let q = with_cue(&qs, "calls");
    assert_eq!(source_text(q), "Vale", "{}", show(&qs));
}

#[test]
fn a_verb_of_saying_read_as_a_noun_after_an_apposition_reports_its_clause() {
    let qs = quotes(
        "Tom Vale, a county planner, notes that winning 20% of the vote in a ward is enough to earn a seat, which means Roe \"can do a lot of harm by picking her fights\" in the river towns.",
    );
    let q = with_cue(&qs, "notes");
    assert!(source_text(q).starts_with("Tom Vale"), "{}", show(&qs));
}

#[test]
fn a_participle_after_a_quoted_thought_speaks_for_the_one_who_reports_it() {
    let qs = quotes(
        "She said she was thinking, ''Oh no, this cannot be real,'' adding, ''I had no words for what I felt that night.''",
    );
    let q = with_cue(&qs, "adding");
    let sp = q.source.as_ref().expect("a speaker");
    assert_eq!(sp.span.start, 0, "{}", show(&qs));
}
