//! The random generator's reading of a library's `random:` hints (docs/formats.md, "Random
//! hints"): the top-level settings (frame layout, case inputs, loops) and each uop's
//! variants (value types its inputs need and its outputs give, field templates, weight,
//! instructions it needs around it). The core keeps both as opaque YAML; errors here name
//! the manifest and the line of the uop or of the top-level key.

use serde::Deserialize;
use serde_yaml::Value as Yaml;
use std::collections::BTreeMap;
use tracefuse::definitions::{ExitKind, Field, FieldKind, Uop, UopLibrary};
use tracefuse::error::{Error, Result};

/// The type every value has when nothing is known about it.
pub const ANY: &str = "any";

/// A recipe for a YAML value (a case input, a field's value), drawn afresh each time.
#[derive(Debug, Clone)]
pub enum Template {
    /// Itself.
    Lit(Yaml),
    /// `{$int: [lo, hi]}`: an integer in lo..=hi.
    Int(i64, i64),
    /// `{$float: [lo, hi]}` or `[lo, hi, step]`: lo + k·step ≤ hi (step 0.5 by default).
    Float(f64, f64, f64),
    /// `{$one_of: [t, ...]}`: one of them (repeat one to weight it).
    OneOf(Vec<Template>),
    /// `{$repeat: t, $count: [lo, hi]}`: a list of lo..=hi draws of t.
    Repeat(Box<Template>, u64, u64),
    /// `{$chance: P, $then: t}`: t with probability P%, else null (an omitted setting).
    Chance(u64, Box<Template>),
    /// `{$local: group}` or `{$local: [group, ...]}`: the index of a local in the groups.
    Local(Vec<u64>),
    Seq(Vec<Template>),
    Map(Vec<(Yaml, Template)>),
}

/// What an output's value type is.
#[derive(Debug, Clone, PartialEq)]
pub enum Gives {
    Type(String),
    /// `{like: input}`: the type(s) of that input item.
    Like(String),
    /// `{local: field}`: the declared type of the local group the field's value indexes.
    LocalOf(Field),
}

/// One instruction of a loop header or of a variant's `before`/`after`.
#[derive(Debug, Clone)]
pub struct Step {
    pub uop: usize,
    /// Which variant of the uop's hints types it (its `needs`/`gives`/`fields`).
    pub variant: usize,
    /// Fields given here, overriding the variant's templates.
    pub fields: BTreeMap<Field, Template>,
}

/// One way the generator may use a uop.
#[derive(Debug, Clone, Default)]
pub struct Variant {
    pub needs: BTreeMap<String, String>,
    pub gives: BTreeMap<String, Gives>,
    pub fields: BTreeMap<Field, Template>,
    pub weight: u64,
    pub before: Vec<Step>,
    pub after: Vec<Step>,
}

/// A group of locals of the random frame.
#[derive(Debug, Clone)]
pub struct LocalGroup {
    pub name: String,
    pub first: u64,
    pub count: u64,
    /// The type a load of it gives (only safe for locals no instruction stores into).
    pub ty: String,
    pub value: Template,
}

/// A loop kind: the value the loop is entered with and the header each iteration runs.
#[derive(Debug, Clone)]
pub struct LoopKind {
    pub entry: Template,
    pub header: Vec<Step>,
    /// Steps that push a new entry value of this loop inside another loop's body, so
    /// that it can be the inner loop of a nest (empty: never an inner loop).
    pub make: Vec<Step>,
}

/// Everything the generator knows about a library.
#[derive(Debug, Clone)]
pub struct Hints {
    pub stack: u64,
    pub locals: Vec<LocalGroup>,
    pub classes: Option<Yaml>,
    pub case_classes: Option<Template>,
    pub tick_limit: Option<Template>,
    pub eval_breaker: Option<Template>,
    pub loops: Vec<LoopKind>,
    /// Per uop (library order): its variants; empty when the generator never uses it.
    pub uops: Vec<Vec<Variant>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTop {
    #[serde(default = "default_stack")]
    stack: u64,
    #[serde(default)]
    values: serde_yaml::Mapping,
    locals: Vec<RawGroup>,
    classes: Option<Yaml>,
    #[serde(default)]
    case: RawCase,
    #[serde(default)]
    loops: Vec<RawLoop>,
}

fn default_stack() -> u64 {
    8
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    name: String,
    #[serde(default = "one")]
    count: u64,
    #[serde(rename = "type", default = "any")]
    ty: String,
    value: Yaml,
}

fn one() -> u64 {
    1
}
fn any() -> String {
    ANY.into()
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawCase {
    classes: Option<Yaml>,
    tick_limit: Option<Yaml>,
    eval_breaker: Option<Yaml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLoop {
    entry: Yaml,
    header: Vec<serde_yaml::Mapping>,
    #[serde(default)]
    make: Vec<serde_yaml::Mapping>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawVariant {
    #[serde(default)]
    needs: BTreeMap<String, String>,
    #[serde(default)]
    gives: BTreeMap<String, Yaml>,
    #[serde(default)]
    fields: BTreeMap<Field, Yaml>,
    #[serde(default = "one")]
    weight: u64,
    #[serde(default)]
    before: Vec<serde_yaml::Mapping>,
    #[serde(default)]
    after: Vec<serde_yaml::Mapping>,
}

struct Ctx<'a> {
    lib: &'a UopLibrary,
    named: BTreeMap<String, Template>,
    groups: Vec<LocalGroup>,
}

impl Ctx<'_> {
    fn template(&self, y: &Yaml) -> std::result::Result<Template, String> {
        let pair = |v: &Yaml| -> std::result::Result<(f64, f64, Option<f64>), String> {
            let s = v.as_sequence().filter(|s| s.len() == 2 || s.len() == 3);
            let s = s.ok_or_else(|| format!("expected [lo, hi], found {}", flow(v)))?;
            let num = |x: &Yaml| x.as_f64().ok_or_else(|| format!("`{}` is not a number", flow(x)));
            Ok((num(&s[0])?, num(&s[1])?, s.get(2).map(num).transpose()?))
        };
        Ok(match y {
            Yaml::String(s) if s.starts_with('$') => self
                .named
                .get(&s[1..])
                .cloned()
                .ok_or_else(|| format!("`{s}` names no template of `random.values`"))?,
            Yaml::Sequence(items) => {
                Template::Seq(items.iter().map(|i| self.template(i)).collect::<std::result::Result<_, _>>()?)
            }
            Yaml::Mapping(m) if m.keys().any(|k| k.as_str().is_some_and(|k| k.starts_with('$'))) => {
                let get = |k: &str| m.get(k);
                let known = ["$int", "$float", "$one_of", "$repeat", "$count", "$chance", "$then", "$local"];
                if let Some(k) = m.keys().find(|k| !k.as_str().is_some_and(|k| known.contains(&k))) {
                    return Err(format!("unknown template key `{}` (known: {})", flow(k), known.join(", ")));
                }
                if let Some(v) = get("$int") {
                    let (lo, hi, _) = pair(v)?;
                    if lo > hi || lo.fract() != 0.0 || hi.fract() != 0.0 {
                        return Err(format!("$int: [{lo}, {hi}] is not an integer range"));
                    }
                    Template::Int(lo as i64, hi as i64)
                } else if let Some(v) = get("$float") {
                    let (lo, hi, step) = pair(v)?;
                    let step = step.unwrap_or(0.5);
                    if lo > hi || step <= 0.0 {
                        return Err(format!("$float: [{lo}, {hi}, {step}] is empty"));
                    }
                    Template::Float(lo, hi, step)
                } else if let Some(v) = get("$one_of") {
                    let items = v.as_sequence().filter(|s| !s.is_empty());
                    let items = items.ok_or("$one_of takes a non-empty list")?;
                    Template::OneOf(
                        items.iter().map(|i| self.template(i)).collect::<std::result::Result<_, _>>()?,
                    )
                } else if let Some(v) = get("$repeat") {
                    let (lo, hi, _) = pair(get("$count").ok_or("$repeat needs $count: [lo, hi]")?)?;
                    if lo < 0.0 || lo > hi {
                        return Err("$count: [lo, hi] needs 0 <= lo <= hi".into());
                    }
                    Template::Repeat(Box::new(self.template(v)?), lo as u64, hi as u64)
                } else if let Some(v) = get("$chance") {
                    let p = v.as_u64().filter(|p| *p <= 100).ok_or("$chance is a percentage")?;
                    Template::Chance(p, Box::new(self.template(get("$then").ok_or("$chance needs $then")?)?))
                } else if let Some(v) = get("$local") {
                    let names: Vec<&str> = match v {
                        Yaml::String(s) => vec![s.as_str()],
                        Yaml::Sequence(s) => s.iter().filter_map(Yaml::as_str).collect(),
                        _ => return Err("$local takes a group name or a list of them".into()),
                    };
                    let mut idx = Vec::new();
                    for n in names {
                        let g = self.groups.iter().find(|g| g.name == n);
                        let g =
                            g.ok_or_else(|| format!("$local: no local group `{n}` in `random.locals`"))?;
                        idx.extend(g.first..g.first + g.count);
                    }
                    if idx.is_empty() {
                        return Err("$local names no local".into());
                    }
                    Template::Local(idx)
                } else {
                    return Err(format!("`{}`: a template key without its partner", flow(y)));
                }
            }
            Yaml::Mapping(m) => Template::Map(
                m.iter()
                    .map(|(k, v)| Ok((k.clone(), self.template(v)?)))
                    .collect::<std::result::Result<_, String>>()?,
            ),
            other => Template::Lit(other.clone()),
        })
    }

    fn step(&self, m: &serde_yaml::Mapping) -> std::result::Result<Step, String> {
        let name = m.get("uop").and_then(Yaml::as_str).ok_or("a step names its `uop`")?;
        let uop = self.lib.uops.iter().position(|u| u.name == name);
        let uop = uop.ok_or_else(|| format!("step: no uop `{name}` in the library"))?;
        let mut variant = 0;
        let mut fields = BTreeMap::new();
        for (k, v) in m {
            match k.as_str() {
                Some("uop") => {}
                Some("variant") => {
                    variant = v.as_u64().ok_or("`variant` is an index")? as usize;
                }
                Some(f) => {
                    let field: Field = serde_yaml::from_value(k.clone())
                        .map_err(|_| format!("step {name}: `{f}` is not a field"))?;
                    fields.insert(field, self.template(v)?);
                }
                None => return Err(format!("step {name}: keys are field names")),
            }
        }
        Ok(Step { uop, variant, fields })
    }

    fn variant(&self, uop: &Uop, raw: RawVariant) -> std::result::Result<Variant, String> {
        for k in raw.needs.keys() {
            if !uop.inputs.iter().any(|i| &i.name == k) {
                return Err(format!("needs: `{k}` is not an input of the uop"));
            }
        }
        let mut gives = BTreeMap::new();
        for (k, v) in raw.gives {
            if !uop.outputs.iter().any(|o| o.name == k) {
                return Err(format!("gives: `{k}` is not an output of the uop"));
            }
            let g = match &v {
                Yaml::String(t) => Gives::Type(t.clone()),
                Yaml::Mapping(m) if m.len() == 1 && m.contains_key("local") => {
                    let f: Field = m
                        .get("local")
                        .and_then(|f| serde_yaml::from_value(f.clone()).ok())
                        .ok_or_else(|| {
                            format!("gives `{k}`: {{local: FIELD}} names a field (oparg, operand0, operand1)")
                        })?;
                    if !uop.fields.contains_key(&f) {
                        return Err(format!("gives `{k}`: the uop reads no `{}`", f.name()));
                    }
                    Gives::LocalOf(f)
                }
                Yaml::Mapping(m) if m.len() == 1 => {
                    let like = m.get("like").and_then(Yaml::as_str);
                    let like = like.ok_or_else(|| format!("gives `{k}`: a type or {{like: INPUT}}"))?;
                    if !uop.inputs.iter().any(|i| i.name == like) {
                        return Err(format!("gives `{k}`: `{like}` is not an input of the uop"));
                    }
                    Gives::Like(like.into())
                }
                _ => return Err(format!("gives `{k}`: a type, {{like: INPUT}} or {{local: FIELD}}")),
            };
            gives.insert(k, g);
        }
        let mut fields = BTreeMap::new();
        for (f, t) in raw.fields {
            if !uop.fields.contains_key(&f) || f == Field::Target {
                return Err(format!(
                    "fields: the uop reads no `{}` (or it is `target`, which is automatic)",
                    f.name()
                ));
            }
            fields.insert(f, self.template(&t)?);
        }
        let steps = |s: &[serde_yaml::Mapping]| {
            s.iter().map(|m| self.step(m)).collect::<std::result::Result<Vec<_>, _>>()
        };
        Ok(Variant {
            needs: raw.needs,
            gives,
            fields,
            weight: raw.weight,
            before: steps(&raw.before)?,
            after: steps(&raw.after)?,
        })
    }
}

impl Hints {
    /// Reads the library's hints; `None` if it declares no top-level `random:` settings.
    pub fn read(lib: &UopLibrary) -> Result<Option<Hints>> {
        let Some((top, top_line)) = &lib.random else { return Ok(None) };
        let at = |line: Option<usize>, msg: String| {
            Error::at(&lib.manifest, line, msg).help("see docs/formats.md, \"Random hints\"")
        };
        let raw: RawTop = serde_yaml::from_value(top.clone())
            .map_err(|e| at(*top_line, format!("invalid top-level `random`: {e}")))?;
        let mut cx = Ctx { lib, named: BTreeMap::new(), groups: Vec::new() };
        for (k, v) in &raw.values {
            let name = k.as_str().ok_or_else(|| at(*top_line, "random.values: names are strings".into()))?;
            let t = cx.template(v).map_err(|e| at(*top_line, format!("random.values.{name}: {e}")))?;
            cx.named.insert(name.to_string(), t);
        }
        let mut first = 0;
        for g in &raw.locals {
            let value = cx
                .template(&g.value)
                .map_err(|e| at(*top_line, format!("random.locals `{}`: {e}", g.name)))?;
            cx.groups.push(LocalGroup {
                name: g.name.clone(),
                first,
                count: g.count,
                ty: g.ty.clone(),
                value,
            });
            first += g.count;
        }
        let opt = |y: &Option<Yaml>, what: &str| -> Result<Option<Template>> {
            y.as_ref()
                .map(|y| cx.template(y).map_err(|e| at(*top_line, format!("random.case.{what}: {e}"))))
                .transpose()
        };
        let case_classes = opt(&raw.case.classes, "classes")?;
        let tick_limit = opt(&raw.case.tick_limit, "tick_limit")?;
        let eval_breaker = opt(&raw.case.eval_breaker, "eval_breaker")?;
        let mut loops = Vec::new();
        for (i, l) in raw.loops.iter().enumerate() {
            let e = |e: String| at(*top_line, format!("random.loops[{i}]: {e}"));
            let entry = cx.template(&l.entry).map_err(e)?;
            let steps = |ms: &[serde_yaml::Mapping]| {
                ms.iter().map(|m| cx.step(m)).collect::<std::result::Result<Vec<_>, _>>().map_err(e)
            };
            let header = steps(&l.header)?;
            let make = steps(&l.make)?;
            loops.push(LoopKind { entry, header, make });
        }
        let mut uops = Vec::new();
        for u in &lib.uops {
            let err = |e: String| at(u.line, format!("uop `{}`: random: {e}", u.name));
            // Random traces run on one frame: a uop that switches frames is never drawn.
            if u.frame.is_some() {
                if u.random.is_some() {
                    return Err(err(
                        "a uop that switches frames (`frame:`) is never generated (random traces run on \
                         one frame): remove its `random:`"
                            .into(),
                    ));
                }
                uops.push(Vec::new());
                continue;
            }
            let raws: Vec<RawVariant> = match &u.random {
                Some(y @ Yaml::Sequence(_)) => {
                    serde_yaml::from_value(y.clone()).map_err(|e| err(e.to_string()))?
                }
                Some(Yaml::Null) => vec![RawVariant { weight: 1, ..Default::default() }],
                Some(y) => vec![serde_yaml::from_value(y.clone()).map_err(|e| err(e.to_string()))?],
                // The no-hint rule: a uop that takes no value and reads no field but
                // `target` cannot misuse a value; anything else needs hints.
                None if u.inputs.iter().all(|i| i.count.resolve(0) == Some(0))
                    && u.fields.keys().all(|f| *f == Field::Target)
                    && !u.terminator =>
                {
                    vec![RawVariant { weight: 1, ..Default::default() }]
                }
                None if u.terminator
                    && u.inputs.is_empty()
                    && u.fields.keys().all(|f| *f == Field::Target) =>
                {
                    vec![RawVariant { weight: 1, ..Default::default() }]
                }
                None => Vec::new(),
            };
            let mut vs = Vec::new();
            for raw in raws {
                let v = cx.variant(u, raw).map_err(err)?;
                for f in u.fields.keys() {
                    // A weight-0 variant is used only by steps, which may give its fields.
                    if *f != Field::Target && !v.fields.contains_key(f) && v.weight > 0 {
                        return Err(err(format!("no template for field `{}`", f.name())));
                    }
                }
                if u.fields.get(&Field::Oparg) == Some(&FieldKind::Object) {
                    return Err(err("an object oparg cannot size a stack effect".into()));
                }
                vs.push(v);
            }
            if u.may(ExitKind::JumpToTop) && !u.terminator && !vs.is_empty() {
                return Err(err("only a terminator may jump to the top".into()));
            }
            uops.push(vs);
        }
        // Steps name variants: check they exist.
        let check = |s: &Step| -> Result<()> {
            if s.variant >= uops[s.uop].len().max(1) {
                let u = &lib.uops[s.uop];
                return Err(at(
                    u.line,
                    format!(
                        "a step uses variant {} of `{}`, which has {}",
                        s.variant,
                        u.name,
                        uops[s.uop].len()
                    ),
                ));
            }
            Ok(())
        };
        for l in &loops {
            l.header.iter().chain(&l.make).try_for_each(check)?;
        }
        for vs in &uops {
            for v in vs {
                v.before.iter().chain(&v.after).try_for_each(check)?;
            }
        }
        Ok(Some(Hints {
            stack: raw.stack,
            locals: cx.groups,
            classes: raw.classes,
            case_classes,
            tick_limit,
            eval_breaker,
            loops,
            uops,
        }))
    }
}

/// A YAML value on one line, as trace files write values.
pub fn flow(y: &Yaml) -> String {
    match y {
        Yaml::Null => "null".into(),
        Yaml::Bool(b) => b.to_string(),
        Yaml::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => i.to_string(),
            (_, Some(u), _) => u.to_string(),
            (_, _, Some(f)) => format!("{f:?}"),
            _ => n.to_string(),
        },
        Yaml::String(s) => {
            if !s.is_empty()
                && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && s.parse::<f64>().is_err()
                && !["null", "true", "false", "yes", "no", "on", "off", "y", "n"]
                    .contains(&s.to_lowercase().as_str())
            {
                s.clone()
            } else {
                serde_json::to_string(s).unwrap_or_default()
            }
        }
        Yaml::Sequence(s) => format!("[{}]", s.iter().map(flow).collect::<Vec<_>>().join(", ")),
        Yaml::Mapping(m) => format!(
            "{{{}}}",
            m.iter().map(|(k, v)| format!("{}: {}", flow(k), flow(v))).collect::<Vec<_>>().join(", ")
        ),
        Yaml::Tagged(t) => flow(&t.value),
    }
}
