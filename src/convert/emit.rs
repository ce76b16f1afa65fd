//! Builds the story AST from a plot map and its parsed seeds: one knot per
//! moment, seed paragraphs as tagged lines, the map's connective lines,
//! conditions, effects, choices and diverts. Records what became of every
//! seed paragraph for the report.

use super::anchor::{self, Lookup};
use super::edit::{self, Failure, PassageLine};
use super::error::{ConvertError, Place};
use super::map::{self, ChoiceDef, Edit, Item, Map, Moment, Next, Person, Pronouns};
use super::prose::{Kind, Seed};
use super::recast::{self, Voice};
use super::report::{EditRecord, Placement, Usage};
use crate::ink::{self, Base};
use crate::story::{
    Branch, Choice, Conditional, Content, Diagnostic, Divert, DivertKind, Expr, FileId, Global,
    Inline, Knot, Span, Spanned, Stmt, Story, Target,
};
use std::cell::Cell;
use std::collections::HashSet;

/// What building needs to know about the map besides its contents.
pub struct MapSource<'a> {
    pub file: &'a str,
    pub text: &'a str,
}

/// Builds the story. `seeds` are in the order of `map.seeds`.
pub fn build(
    map: &Map,
    source: &MapSource,
    seeds: &[Seed],
    usage: &mut Usage,
) -> Result<Story, ConvertError> {
    let builder = Builder {
        map,
        source,
        seeds,
        cursor: Cell::new(0),
        conditional: Cell::new(0),
        choice: Cell::new(None),
    };
    builder.check_moments()?;
    let mut globals = Vec::new();
    for (name, value) in &map.vars {
        let value = builder.condition(value, "initial value")?;
        globals.push(Spanned::new(
            Global::Var {
                name: name_of(name),
                value,
            },
            Span::default(),
        ));
    }
    let mut knots = Vec::new();
    for moment in &map.moments {
        knots.push(builder.knot(moment, usage)?);
    }
    Ok(Story {
        title: map.title.clone(),
        source: map.source.clone(),
        globals,
        body: vec![divert_line(goto(&map.start))],
        knots,
    })
}

struct Builder<'a> {
    map: &'a Map,
    source: &'a MapSource<'a>,
    seeds: &'a [Seed],
    /// How far into the map the moments built so far are written: a
    /// passage's anchors and edits are looked for from here, so that the
    /// same text quoted twice is placed where it stands.
    cursor: Cell<usize>,
    /// How many `If`s the item being built is inside, and which option of
    /// its moment's choice it is in: the lint's test of whether two
    /// placings of a passage can meet on one path.
    conditional: Cell<usize>,
    choice: Cell<Option<usize>>,
}

/// A `Seed(...)` item of the map.
struct SeedItem<'a> {
    seed: &'a str,
    from: &'a str,
    to: Option<&'a str>,
    edits: &'a [Edit],
    credit: Option<&'a str>,
}

impl Builder<'_> {
    fn place(&self, literal: &str) -> Place {
        map::place_of(self.source.file, self.source.text, literal)
    }

    /// The place of a quoted string at or after the cursor (else its first
    /// place in the map); the cursor moves to it.
    fn place_near(&self, literal: &str) -> Place {
        let text = self.source.text;
        let offset = match map::offset_from(text, literal, self.cursor.get()) {
            Some(at) => {
                self.cursor.set(at);
                at
            }
            None => map::offset_of(text, literal),
        };
        Place::at(self.source.file, text, offset)
    }

    /// Every moment name is unique and every target names a moment.
    fn check_moments(&self) -> Result<(), ConvertError> {
        let mut names = HashSet::new();
        for m in &self.map.moments {
            if !names.insert(m.knot.as_str()) {
                return Err(ConvertError::DuplicateMoment {
                    map: self.place(&m.knot),
                    name: m.knot.clone(),
                });
            }
        }
        let mut targets = vec![self.map.start.as_str()];
        for m in &self.map.moments {
            match &m.then {
                Next::Continue(to) => targets.push(to),
                Next::Choices(cs) => targets.extend(cs.iter().map(|c| c.to.as_str())),
                Next::Route { routes, otherwise } => {
                    targets.extend(routes.iter().map(|(_, to)| to.as_str()));
                    targets.push(otherwise);
                }
                Next::End(_) => {}
            }
        }
        match targets.into_iter().find(|t| !names.contains(t)) {
            Some(t) => Err(ConvertError::UnknownMoment {
                map: self.place(t),
                name: t.to_string(),
            }),
            None => Ok(()),
        }
    }

    fn knot(&self, moment: &Moment, usage: &mut Usage) -> Result<Knot, ConvertError> {
        self.place_near(&moment.knot);
        let mut body = self.items(&moment.body, moment, usage)?;
        tag_lines(&mut body, &moment.tags);
        if let Some(credit) = &moment.credit {
            tag_first_line(&mut body, format!("credit: {credit}"));
        }
        match &moment.then {
            Next::Continue(to) => body.push(divert_line(goto(to))),
            Next::End(ending) => {
                usage.endings.push((moment.knot.clone(), ending.clone()));
                tag_last_line(&mut body, format!("ending: {ending}"));
                body.push(divert_line(Target::End));
            }
            Next::Route { routes, otherwise } => {
                let mut branches = Vec::new();
                for (cond, to) in routes {
                    let cond = self.condition(cond, "condition")?;
                    branches.push(Branch {
                        cond,
                        body: vec![divert_line(goto(to))],
                    });
                }
                body.push(Stmt::Cond(Box::new(Conditional {
                    branches,
                    otherwise: Some(vec![divert_line(goto(otherwise))]),
                    ..Conditional::default()
                })));
            }
            Next::Choices(choices) => {
                usage.choice_points += 1;
                for (i, choice) in choices.iter().enumerate() {
                    self.choice.set(Some(i));
                    let built = self.choice(choice, moment, usage);
                    self.choice.set(None);
                    body.push(Stmt::Choice(Box::new(built?)));
                }
            }
        }
        Ok(Knot {
            name: name_of(&moment.knot),
            body,
            ..Knot::default()
        })
    }

    fn choice(
        &self,
        def: &ChoiceDef,
        moment: &Moment,
        usage: &mut Usage,
    ) -> Result<Choice, ConvertError> {
        usage.map_words += def.label.split_whitespace().count();
        let mut body = Vec::new();
        for effect in &def.effects {
            body.push(self.logic(effect)?);
        }
        body.extend(self.items(&def.body, moment, usage)?);
        body.push(divert_line(goto(&def.to)));
        let conditions = match &def.cond {
            Some(c) => vec![self.condition(c, "condition")?],
            None => Vec::new(),
        };
        Ok(Choice {
            conditions,
            choice_only: Some(vec![Inline::Text(def.label.clone())]),
            body,
            ..Choice::default()
        })
    }

    fn items(
        &self,
        items: &[Item],
        moment: &Moment,
        usage: &mut Usage,
    ) -> Result<Vec<Stmt>, ConvertError> {
        let mut out = Vec::new();
        for item in items {
            match item {
                Item::Seed {
                    seed,
                    from,
                    to,
                    edits,
                    credit,
                } => {
                    let item = SeedItem {
                        seed,
                        from,
                        to: to.as_deref(),
                        edits,
                        credit: credit.as_deref(),
                    };
                    out.extend(self.passage(&item, moment, usage)?)
                }
                Item::Say(text) => {
                    let line = self.say(text)?;
                    if let Stmt::Line(content) = &line {
                        usage.map_words += words_in(&content.items);
                    }
                    out.push(line);
                }
                Item::Set(assignment) => out.push(self.logic(assignment)?),
                Item::If {
                    cond,
                    then,
                    otherwise,
                } => {
                    let cond = self.condition(cond, "condition")?;
                    self.conditional.set(self.conditional.get() + 1);
                    let body = self.items(then, moment, usage);
                    let otherwise = match otherwise.is_empty() {
                        true => Ok(None),
                        false => self.items(otherwise, moment, usage).map(Some),
                    };
                    self.conditional.set(self.conditional.get() - 1);
                    let (body, otherwise) = (body?, otherwise?);
                    out.push(Stmt::Cond(Box::new(Conditional {
                        branches: vec![Branch { cond, body }],
                        otherwise,
                        ..Conditional::default()
                    })));
                }
            }
        }
        Ok(out)
    }

    /// The story lines of a seed passage after its edits, tagged with
    /// speaker, flashback, scene break, lyrics and credit.
    fn passage(
        &self,
        item: &SeedItem,
        moment: &Moment,
        usage: &mut Usage,
    ) -> Result<Vec<Stmt>, ConvertError> {
        let index = self.seed_index(item.seed)?;
        let seed = &self.seeds[index];
        let map_at = self.place_near(item.from);
        let place = |anchor: &str| self.place_near(anchor);
        let range = anchor::passage(
            &Lookup {
                seed,
                map_place: &place,
            },
            item.from,
            item.to,
        )?;
        let mut lines = Vec::new();
        for p in range.clone() {
            let paragraph = &seed.paragraphs[p];
            if !paragraph.kind.is_story() {
                continue;
            }
            usage.record(index, p, &moment.knot);
            lines.extend(paragraph.lines.iter().map(|text| PassageLine {
                text: text.clone(),
                paragraph: p,
                lyric: paragraph.kind == Kind::Lyrics,
            }));
        }
        let start = Place::at(
            &seed.name,
            &seed.text,
            seed.paragraphs[*range.start()].start,
        );
        let span = (
            seed.paragraphs[*range.start()].start,
            seed.paragraphs[*range.end()].end,
        );
        for edit in item.edits {
            let passage = (&start, span);
            self.edit(&mut lines, edit, index, passage, &moment.knot, usage)?;
        }
        let persons: Vec<Person> = lines
            .iter()
            .filter(|l| !l.lyric)
            .filter_map(|l| recast::person_of(&l.text))
            .collect();
        let quoted = lines.iter().any(|l| l.lyric) || moment.tags.iter().any(|t| t == "lyrics");
        usage.placements.push(Placement {
            map: map_at,
            knot: moment.knot.clone(),
            seed: index,
            paragraphs: range,
            opens_in: persons.first().copied(),
            closes_in: persons.last().copied(),
            framed: moment
                .tags
                .iter()
                .any(|t| t == "memory" || t == "flashback"),
            quoted,
            credited: item.credit.is_some() || moment.credit.is_some(),
            conditional: self.conditional.get() > 0,
            choice: self.choice.get(),
        });
        let credit_at = item
            .credit
            .map(|c| (lines.iter().position(|l| l.lyric).unwrap_or(0), c));
        let mut out = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let paragraph = &seed.paragraphs[line.paragraph];
            let mut tags = Vec::new();
            if let Some(who) = &paragraph.speaker {
                tags.push(format!("speaker: {who}"));
            }
            if paragraph.kind == Kind::Lyrics {
                tags.push("lyrics".to_string());
            }
            if paragraph.flashback {
                tags.push("flashback".to_string());
            }
            if paragraph.scene_break {
                tags.push("scene".to_string());
            }
            if let Some((at, credit)) = credit_at
                && at == i
            {
                tags.push(format!("credit: {credit}"));
            }
            out.push(text_line(&line.text, tags));
        }
        Ok(out)
    }

    /// Applies one edit to a passage and records it for the report.
    fn edit(
        &self,
        lines: &mut Vec<PassageLine>,
        edit: &Edit,
        index: usize,
        (passage, span): (&Place, (usize, usize)),
        knot: &str,
        usage: &mut Usage,
    ) -> Result<(), ConvertError> {
        let seed = &self.seeds[index];
        let (name, literal, what) = match edit {
            Edit::Fix { from, to } => ("Fix", from, format!("Fix \"{from}\" → \"{to}\"")),
            Edit::Cut { from, to: None } => ("Cut", from, format!("Cut \"{from}\"")),
            Edit::Cut { from, to: Some(to) } => ("Cut", from, format!("Cut \"{from}\" … \"{to}\"")),
            Edit::Recast { to, narrator, .. } => {
                let person = match to {
                    Person::First => "first",
                    Person::Third => "third",
                };
                let what = format!("Recast into the {person} person, narrator {narrator}");
                ("Recast", narrator, what)
            }
        };
        let map = self.place_near(literal);
        let voice = match edit {
            Edit::Recast {
                narrator, pronouns, ..
            } => Some(self.voice(narrator, *pronouns, &map)?),
            _ => None,
        };
        let applied = edit::apply(lines, edit, voice.as_ref()).map_err(|failure| {
            let paragraph_place =
                |p: &usize| Place::at(&seed.name, &seed.text, seed.paragraphs[*p].start);
            match failure {
                Failure::Missing(text) => ConvertError::EditMissing {
                    map: self.place_near(&text),
                    edit: name,
                    passage: format!("{passage}{}", missing_hint(seed, &text, span)),
                    text,
                },
                Failure::Many(text, paragraphs) => ConvertError::EditAmbiguous {
                    map: self.place_near(&text),
                    edit: name,
                    text,
                    places: paragraphs.iter().map(paragraph_place).collect(),
                },
            }
        })?;
        let seed_place = match &applied.found {
            Some((p, text)) => {
                let paragraph = &seed.paragraphs[*p];
                let raw = &seed.text[paragraph.start..paragraph.end];
                let at = raw
                    .find(text.as_str())
                    .filter(|_| !text.is_empty())
                    .unwrap_or(0);
                Place::at(&seed.name, &seed.text, paragraph.start + at)
            }
            None => passage.clone(),
        };
        usage.words_changed += applied.changed;
        usage.words_cut += applied.cut;
        usage.edits.push(EditRecord {
            map,
            knot: knot.to_string(),
            seed: seed_place,
            what,
            changed: applied.changed,
            cut: applied.cut,
        });
        Ok(())
    }

    /// The narrator of a recast and their pronouns, as written or as the
    /// seeds use them.
    fn voice(
        &self,
        narrator: &str,
        pronouns: Option<Pronouns>,
        map: &Place,
    ) -> Result<Voice, ConvertError> {
        let texts = self
            .seeds
            .iter()
            .flat_map(|s| &s.paragraphs)
            .filter(|p| p.kind == Kind::Prose)
            .flat_map(|p| p.lines.iter().map(String::as_str));
        let pronouns = pronouns
            .or_else(|| recast::infer_pronouns(narrator, texts))
            .ok_or_else(|| ConvertError::PronounsUnknown {
                map: map.clone(),
                narrator: narrator.to_string(),
            })?;
        Ok(Voice {
            name: narrator.to_string(),
            pronouns,
        })
    }

    /// The index of a seed in `map.seeds` by its short name.
    pub fn seed_index(&self, name: &str) -> Result<usize, ConvertError> {
        self.map
            .seeds
            .iter()
            .position(|s| s.name == name)
            .ok_or_else(|| ConvertError::UnknownSeed {
                map: self.place(name),
                name: name.to_string(),
            })
    }

    fn condition(&self, text: &str, what: &'static str) -> Result<Expr, ConvertError> {
        self.parse(text, what, ink::parse_expr)
    }

    fn logic(&self, text: &str) -> Result<Stmt, ConvertError> {
        let logic = self.parse(text, "assignment", ink::parse_logic)?;
        Ok(Stmt::Logic(Box::new(logic)))
    }

    /// A connective line: ink inline markup, so it may hold `{cond: a|b}`,
    /// glue and tags.
    fn say(&self, text: &str) -> Result<Stmt, ConvertError> {
        Ok(Stmt::Line(self.parse(text, "line", ink::parse_line)?))
    }

    /// Parses a string of the map with one of ink's parsers, so that an
    /// error points at the map's file, line and column.
    fn parse<T>(
        &self,
        text: &str,
        what: &'static str,
        parser: fn(&str, Base) -> Result<T, Diagnostic>,
    ) -> Result<T, ConvertError> {
        let offset = map::offset_of(self.source.text, text);
        parser(text, Base::new(FileId(0), offset)).map_err(|d| ConvertError::Expression {
            map: Place::at(self.source.file, self.source.text, d.span.start as usize),
            text: text.to_string(),
            what,
            message: d.message,
        })
    }
}

fn name_of(name: &str) -> Spanned<String> {
    Spanned::new(name.to_string(), Span::default())
}

fn goto(knot: &str) -> Target {
    Target::Path(name_of(knot))
}

fn text_line(text: &str, tags: Vec<String>) -> Stmt {
    let mut items = vec![Inline::Text(text.to_string())];
    items.extend(tags.into_iter().map(|t| Inline::Tag(vec![Inline::Text(t)])));
    Stmt::Line(Content {
        items,
        span: Span::default(),
    })
}

fn divert_line(target: Target) -> Stmt {
    Stmt::Line(Content {
        items: vec![Inline::Divert(Box::new(Divert {
            kind: DivertKind::Goto,
            target,
            args: Vec::new(),
            span: Span::default(),
        }))],
        span: Span::default(),
    })
}

/// Adds a tag to the last text line of a body (the ending's last words).
fn tag_last_line(body: &mut [Stmt], tag: String) {
    let last = body.iter_mut().rev().find_map(|s| match s {
        Stmt::Line(c) => Some(c),
        _ => None,
    });
    if let Some(content) = last {
        content.items.push(Inline::Tag(vec![Inline::Text(tag)]));
    }
}

/// Why an edit's text may not be found in its passage: it is in the seed,
/// but outside the passage, or changed by cleaning or an earlier edit.
fn missing_hint(seed: &Seed, text: &str, (start, end): (usize, usize)) -> String {
    let Some(at) = seed.text.find(text) else {
        return String::new();
    };
    let place = Place::at(&seed.name, &seed.text, at);
    match (start..end).contains(&at) {
        true => format!(
            "; the seed has it at {place}, but edits look in the passage as cleaned (quotation marks respaced) and as the edits before this one left it"
        ),
        false => format!("; the seed has it at {place}, outside the passage"),
    }
}

/// Adds a tag to the first text line of a body, nested ones included.
fn tag_first_line(body: &mut [Stmt], tag: String) -> bool {
    for stmt in body {
        match stmt {
            Stmt::Line(content) if matches!(content.items.first(), Some(Inline::Text(_))) => {
                content.items.push(Inline::Tag(vec![Inline::Text(tag)]));
                return true;
            }
            // Whichever branch is shown, its first line carries the tag.
            Stmt::Cond(cond) => {
                let mut tagged = false;
                for branch in &mut cond.branches {
                    tagged |= tag_first_line(&mut branch.body, tag.clone());
                }
                if let Some(otherwise) = &mut cond.otherwise {
                    tagged |= tag_first_line(otherwise, tag.clone());
                }
                if tagged && cond.otherwise.is_some() {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// The words a line's text holds, every branch of its conditions counted.
fn words_in(items: &[Inline]) -> usize {
    items
        .iter()
        .map(|item| match item {
            Inline::Text(t) => t.split_whitespace().count(),
            Inline::Cond(c) => words_in(&c.then) + words_in(&c.otherwise),
            Inline::Seq { branches, .. } => branches.iter().map(|b| words_in(b)).sum(),
            _ => 0,
        })
        .sum()
}

/// Adds `tags` to every text line of a body, nested ones included.
fn tag_lines(body: &mut [Stmt], tags: &[String]) {
    if tags.is_empty() {
        return;
    }
    for stmt in body {
        match stmt {
            Stmt::Line(content) if matches!(content.items.first(), Some(Inline::Text(_))) => {
                let new = tags
                    .iter()
                    .map(|t| Inline::Tag(vec![Inline::Text(t.clone())]));
                content.items.extend(new);
            }
            Stmt::Cond(cond) => {
                for branch in &mut cond.branches {
                    tag_lines(&mut branch.body, tags);
                }
                if let Some(otherwise) = &mut cond.otherwise {
                    tag_lines(otherwise, tags);
                }
            }
            Stmt::Choice(choice) => tag_lines(&mut choice.body, tags),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::convert::{ConvertError, convert, map::parse_map};
    use crate::story::{Inline, Stmt, Story, Target};

    const SEED: &str = "Sakura whispered, \"Stay.\"\n\nHe left.\n";

    fn build(moments: &str) -> Result<Story, ConvertError> {
        let map = format!(
            r#"Map(title: "T", start: "a",
                seeds: [SeedEntry(name: "s", file: "s.txt")],
                cast: [("Sakura", ["Sakura"])],
                vars: [("brave", "false")],
                moments: [{moments}])"#
        );
        let parsed = parse_map("m.ron", &map)?;
        convert(&parsed, "m.ron", &map, &[SEED.to_string()]).map(|(story, _)| story)
    }

    fn text_and_tags(stmt: &Stmt) -> Option<(String, Vec<String>)> {
        let Stmt::Line(content) = stmt else {
            return None;
        };
        let mut text = String::new();
        let mut tags = Vec::new();
        for item in &content.items {
            match item {
                Inline::Text(t) => text.push_str(t),
                Inline::Tag(t) => tags.extend(t.iter().filter_map(|i| match i {
                    Inline::Text(s) => Some(s.clone()),
                    _ => None,
                })),
                _ => {}
            }
        }
        Some((text, tags))
    }

    #[test]
    fn a_moment_becomes_a_knot_of_tagged_lines_and_choices() {
        let story = build(
            r#"Moment(knot: "a", body: [Seed(seed: "s", from: "Sakura", to: "He left.")],
                then: Choices([
                    Choice(label: "Be brave", cond: "not brave", effects: ["brave = true"], to: "b"),
                    Choice(label: "Wait", to: "b"),
                ])),
               Moment(knot: "b", body: [If(cond: "brave", then: [Say("She was brave.")])], then: End("done"))"#,
        )
        .expect("builds");
        assert_eq!(story.knots.len(), 2);
        let a = &story.knots[0].body;
        assert_eq!(
            text_and_tags(&a[0]),
            Some((
                "Sakura whispered, \"Stay.\"".into(),
                vec!["speaker: Sakura".into()]
            ))
        );
        assert_eq!(text_and_tags(&a[1]), Some(("He left.".into(), vec![])));
        let Stmt::Choice(brave) = &a[2] else {
            panic!("expected a choice, got {:?}", a[2])
        };
        assert_eq!(
            brave.choice_only,
            Some(vec![Inline::Text("Be brave".into())])
        );
        assert_eq!(brave.conditions.len(), 1);
        assert!(matches!(brave.body[0], Stmt::Logic(_)));
        assert!(matches!(story.knots[1].body[0], Stmt::Cond(_)));
        let Some(Stmt::Line(end)) = story.knots[1].body.last() else {
            panic!("no end line")
        };
        assert!(matches!(&end.items[0], Inline::Divert(d) if d.target == Target::End));
    }

    #[test]
    fn a_connective_line_may_hold_ink_markup() {
        let story = build(
            r#"Moment(knot: "a", body: [Say("She was {brave: bold|shy}.")], then: End("e"))"#,
        )
        .expect("builds");
        let Stmt::Line(line) = &story.knots[0].body[0] else {
            panic!("expected a line")
        };
        assert!(matches!(line.items[1], Inline::Cond(_)), "{:?}", line.items);
        let err =
            build(r#"Moment(knot: "a", body: [Say("She was {brave: bold")], then: End("e"))"#)
                .unwrap_err();
        assert!(err.to_string().starts_with("m.ron:5:"), "{err}");
    }

    #[test]
    fn a_choice_to_a_moment_that_does_not_exist_is_refused() {
        let err = build(r#"Moment(knot: "a", body: [], then: Continue("nowhere"))"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "m.ron:5:71: no moment is called \"nowhere\""
        );
    }

    #[test]
    fn a_bad_effect_is_refused_with_its_place() {
        let err = build(
            r#"Moment(knot: "a", body: [],
                then: Choices([Choice(label: "x", effects: ["brave +"], to: "a")]))"#,
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .contains("`brave +` is not a valid assignment"),
            "{err}"
        );
    }
}
