//! Builds the story AST from a plot map and its parsed seeds: one knot per
//! moment, seed paragraphs as tagged lines, the map's connective lines,
//! conditions, effects, choices and diverts. Records what became of every
//! seed paragraph for the report.

use super::anchor::{self, Lookup};
use super::error::{ConvertError, Place};
use super::map::{self, ChoiceDef, Item, Map, Moment, Next};
use super::prose::{Kind, Seed};
use super::report::Usage;
use crate::ink::{self, Base};
use crate::story::{
    Branch, Choice, Conditional, Content, Diagnostic, Divert, DivertKind, Expr, FileId, Global,
    Inline, Knot, Span, Spanned, Stmt, Story, Target,
};
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
    let builder = Builder { map, source, seeds };
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
        source: None,
        globals,
        body: vec![divert_line(goto(&map.start))],
        knots,
    })
}

struct Builder<'a> {
    map: &'a Map,
    source: &'a MapSource<'a>,
    seeds: &'a [Seed],
}

impl Builder<'_> {
    fn place(&self, literal: &str) -> Place {
        map::place_of(self.source.file, self.source.text, literal)
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
        let mut body = self.items(&moment.body, &moment.knot, usage)?;
        tag_lines(&mut body, &moment.tags);
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
                for choice in choices {
                    body.push(Stmt::Choice(Box::new(self.choice(
                        choice,
                        &moment.knot,
                        usage,
                    )?)));
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
        knot: &str,
        usage: &mut Usage,
    ) -> Result<Choice, ConvertError> {
        usage.map_words += def.label.split_whitespace().count();
        let mut body = Vec::new();
        for effect in &def.effects {
            body.push(self.logic(effect)?);
        }
        body.extend(self.items(&def.body, knot, usage)?);
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
        knot: &str,
        usage: &mut Usage,
    ) -> Result<Vec<Stmt>, ConvertError> {
        let mut out = Vec::new();
        for item in items {
            match item {
                Item::Seed { seed, from, to } => {
                    out.extend(self.passage(seed, from, to.as_deref(), knot, usage)?)
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
                    let body = self.items(then, knot, usage)?;
                    let otherwise = match otherwise.is_empty() {
                        true => None,
                        false => Some(self.items(otherwise, knot, usage)?),
                    };
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

    /// The story lines of a seed passage, tagged with speaker, flashback,
    /// scene break and lyrics.
    fn passage(
        &self,
        seed_name: &str,
        from: &str,
        to: Option<&str>,
        knot: &str,
        usage: &mut Usage,
    ) -> Result<Vec<Stmt>, ConvertError> {
        let index = self.seed_index(seed_name)?;
        let seed = &self.seeds[index];
        let place = |anchor: &str| self.place(anchor);
        let range = anchor::passage(
            &Lookup {
                seed,
                map_place: &place,
            },
            from,
            to,
        )?;
        let mut out = Vec::new();
        for p in range {
            let paragraph = &seed.paragraphs[p];
            if !paragraph.kind.is_story() {
                continue;
            }
            usage.record(index, p, knot);
            for line in &paragraph.lines {
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
                out.push(text_line(line, tags));
            }
        }
        Ok(out)
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
