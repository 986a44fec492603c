//! A plan as a tree of plain values, made by serde from the model itself: every
//! field the model serializes is in the tree, so compare and merge see a field the
//! day it is added to the model, with no change here.
//!
//! The tree keeps the model's field order (serde_json's map would sort the keys,
//! and the differences would not come in the plan's order), which is why this is a
//! small serializer of its own rather than `serde_json::Value`. Going back from a
//! tree to a plan goes through `serde_json::Value`, whose deserializer serde
//! already provides.

use crate::model::Plan;
use serde::ser::{self, Serialize};
use std::fmt;

/// A serialized value. Maps keep their fields in the model's order.
#[derive(Debug, Clone, PartialEq)]
pub enum Tree {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<Tree>),
    Map(Vec<(String, Tree)>),
}

impl Tree {
    pub fn of<T: Serialize + ?Sized>(value: &T) -> Result<Tree, TreeError> {
        value.serialize(TreeSerializer)
    }

    /// The plan as a tree. A plan always serializes (its types are plain data).
    pub fn of_plan(plan: &Plan) -> Tree {
        Tree::of(plan).unwrap_or(Tree::Null)
    }

    /// Back from a tree to a value of the model.
    pub fn to_value<T: serde::de::DeserializeOwned>(&self) -> Result<T, TreeError> {
        serde_json::from_value(self.to_json()).map_err(|e| TreeError(e.to_string()))
    }

    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            Tree::Null => Value::Null,
            Tree::Bool(b) => Value::Bool(*b),
            Tree::Int(i) => {
                if let Ok(v) = i64::try_from(*i) {
                    Value::from(v)
                } else if let Ok(v) = u64::try_from(*i) {
                    Value::from(v)
                } else {
                    // Out of JSON's range: kept as text, which the model's own
                    // deserializers refuse with a message if it matters.
                    Value::String(i.to_string())
                }
            }
            Tree::Float(f) => serde_json::Number::from_f64(*f)
                .map(Value::Number)
                .unwrap_or(Value::Null),
            Tree::Str(s) => Value::String(s.clone()),
            Tree::Seq(v) => Value::Array(v.iter().map(Tree::to_json).collect()),
            Tree::Map(m) => Value::Object(
                m.iter()
                    .map(|(k, v)| (k.clone(), v.to_json()))
                    .collect::<serde_json::Map<_, _>>(),
            ),
        }
    }

    pub fn get(&self, field: &str) -> Option<&Tree> {
        match self {
            Tree::Map(m) => m.iter().find(|(k, _)| k == field).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn get_mut(&mut self, field: &str) -> Option<&mut Tree> {
        match self {
            Tree::Map(m) => m.iter_mut().find(|(k, _)| k == field).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Set a field of a map (added at the end when missing); nothing for other values.
    pub fn set(&mut self, field: &str, value: Tree) {
        if let Tree::Map(m) = self {
            match m.iter_mut().find(|(k, _)| k == field) {
                Some((_, v)) => *v = value,
                None => m.push((field.to_string(), value)),
            }
        }
    }

    /// A leaf as text for keys and messages ("ta-leng", "5", "true").
    pub fn scalar_text(&self) -> Option<String> {
        match self {
            Tree::Null => None,
            Tree::Bool(b) => Some(b.to_string()),
            Tree::Int(i) => Some(i.to_string()),
            Tree::Float(f) => Some(f.to_string()),
            Tree::Str(s) => Some(s.clone()),
            Tree::Seq(_) | Tree::Map(_) => None,
        }
    }

    pub fn is_container(&self) -> bool {
        matches!(self, Tree::Seq(_) | Tree::Map(_))
    }

    /// A compact canonical text of the value, for equality of list items.
    pub fn canonical(&self) -> String {
        let mut s = String::new();
        self.write_canonical(&mut s);
        s
    }

    fn write_canonical(&self, out: &mut String) {
        use std::fmt::Write;
        match self {
            Tree::Null => out.push('~'),
            Tree::Bool(b) => out.push(if *b { 'T' } else { 'F' }),
            Tree::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Tree::Float(f) => {
                let _ = write!(out, "{f:?}");
            }
            Tree::Str(s) => {
                let _ = write!(out, "{s:?}");
            }
            Tree::Seq(v) => {
                out.push('[');
                for x in v {
                    x.write_canonical(out);
                    out.push(',');
                }
                out.push(']');
            }
            Tree::Map(m) => {
                out.push('(');
                for (k, v) in m {
                    out.push_str(k);
                    out.push(':');
                    v.write_canonical(out);
                    out.push(',');
                }
                out.push(')');
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeError(pub String);

impl fmt::Display for TreeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for TreeError {}

impl ser::Error for TreeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        TreeError(msg.to_string())
    }
}

struct TreeSerializer;

type R = Result<Tree, TreeError>;

impl ser::Serializer for TreeSerializer {
    type Ok = Tree;
    type Error = TreeError;
    type SerializeSeq = SeqBuilder;
    type SerializeTuple = SeqBuilder;
    type SerializeTupleStruct = SeqBuilder;
    type SerializeTupleVariant = VariantBuilder<SeqBuilder>;
    type SerializeMap = MapBuilder;
    type SerializeStruct = MapBuilder;
    type SerializeStructVariant = VariantBuilder<MapBuilder>;

    fn serialize_bool(self, v: bool) -> R {
        Ok(Tree::Bool(v))
    }
    fn serialize_i8(self, v: i8) -> R {
        Ok(Tree::Int(v.into()))
    }
    fn serialize_i16(self, v: i16) -> R {
        Ok(Tree::Int(v.into()))
    }
    fn serialize_i32(self, v: i32) -> R {
        Ok(Tree::Int(v.into()))
    }
    fn serialize_i64(self, v: i64) -> R {
        Ok(Tree::Int(v.into()))
    }
    fn serialize_i128(self, v: i128) -> R {
        Ok(Tree::Int(v))
    }
    fn serialize_u8(self, v: u8) -> R {
        Ok(Tree::Int(v.into()))
    }
    fn serialize_u16(self, v: u16) -> R {
        Ok(Tree::Int(v.into()))
    }
    fn serialize_u32(self, v: u32) -> R {
        Ok(Tree::Int(v.into()))
    }
    fn serialize_u64(self, v: u64) -> R {
        Ok(Tree::Int(v.into()))
    }
    fn serialize_u128(self, v: u128) -> R {
        i128::try_from(v)
            .map(Tree::Int)
            .map_err(|_| TreeError(format!("{v} is too large")))
    }
    fn serialize_f32(self, v: f32) -> R {
        Ok(Tree::Float(v.into()))
    }
    fn serialize_f64(self, v: f64) -> R {
        Ok(Tree::Float(v))
    }
    fn serialize_char(self, v: char) -> R {
        Ok(Tree::Str(v.to_string()))
    }
    fn serialize_str(self, v: &str) -> R {
        Ok(Tree::Str(v.to_string()))
    }
    fn serialize_bytes(self, v: &[u8]) -> R {
        Ok(Tree::Seq(
            v.iter().map(|b| Tree::Int((*b).into())).collect(),
        ))
    }
    fn serialize_none(self) -> R {
        Ok(Tree::Null)
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> R {
        value.serialize(self)
    }
    fn serialize_unit(self) -> R {
        Ok(Tree::Null)
    }
    fn serialize_unit_struct(self, _name: &'static str) -> R {
        Ok(Tree::Null)
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R {
        Ok(Tree::Str(variant.to_string()))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> R {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> R {
        Ok(Tree::Map(vec![(variant.to_string(), Tree::of(value)?)]))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<SeqBuilder, TreeError> {
        Ok(SeqBuilder(Vec::with_capacity(len.unwrap_or(0))))
    }
    fn serialize_tuple(self, len: usize) -> Result<SeqBuilder, TreeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<SeqBuilder, TreeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<VariantBuilder<SeqBuilder>, TreeError> {
        Ok(VariantBuilder(variant, SeqBuilder(Vec::with_capacity(len))))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<MapBuilder, TreeError> {
        Ok(MapBuilder(Vec::with_capacity(len.unwrap_or(0)), None))
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<MapBuilder, TreeError> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<VariantBuilder<MapBuilder>, TreeError> {
        Ok(VariantBuilder(
            variant,
            MapBuilder(Vec::with_capacity(len), None),
        ))
    }
}

struct SeqBuilder(Vec<Tree>);

impl ser::SerializeSeq for SeqBuilder {
    type Ok = Tree;
    type Error = TreeError;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), TreeError> {
        self.0.push(Tree::of(value)?);
        Ok(())
    }
    fn end(self) -> R {
        Ok(Tree::Seq(self.0))
    }
}

impl ser::SerializeTuple for SeqBuilder {
    type Ok = Tree;
    type Error = TreeError;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), TreeError> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> R {
        Ok(Tree::Seq(self.0))
    }
}

impl ser::SerializeTupleStruct for SeqBuilder {
    type Ok = Tree;
    type Error = TreeError;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), TreeError> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> R {
        Ok(Tree::Seq(self.0))
    }
}

struct MapBuilder(Vec<(String, Tree)>, Option<String>);

impl ser::SerializeMap for MapBuilder {
    type Ok = Tree;
    type Error = TreeError;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), TreeError> {
        let k = Tree::of(key)?
            .scalar_text()
            .ok_or_else(|| TreeError("a map key must be a plain value".into()))?;
        self.1 = Some(k);
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), TreeError> {
        let k = self.1.take().unwrap_or_default();
        self.0.push((k, Tree::of(value)?));
        Ok(())
    }
    fn end(self) -> R {
        Ok(Tree::Map(self.0))
    }
}

impl ser::SerializeStruct for MapBuilder {
    type Ok = Tree;
    type Error = TreeError;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), TreeError> {
        self.0.push((key.to_string(), Tree::of(value)?));
        Ok(())
    }
    fn skip_field(&mut self, _key: &'static str) -> Result<(), TreeError> {
        Ok(())
    }
    fn end(self) -> R {
        Ok(Tree::Map(self.0))
    }
}

struct VariantBuilder<B>(&'static str, B);

impl ser::SerializeTupleVariant for VariantBuilder<SeqBuilder> {
    type Ok = Tree;
    type Error = TreeError;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), TreeError> {
        ser::SerializeSeq::serialize_element(&mut self.1, value)
    }
    fn end(self) -> R {
        Ok(Tree::Map(vec![(self.0.to_string(), Tree::Seq(self.1.0))]))
    }
}

impl ser::SerializeStructVariant for VariantBuilder<MapBuilder> {
    type Ok = Tree;
    type Error = TreeError;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), TreeError> {
        ser::SerializeStruct::serialize_field(&mut self.1, key, value)
    }
    fn end(self) -> R {
        Ok(Tree::Map(vec![(self.0.to_string(), Tree::Map(self.1.0))]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_goes_to_a_tree_and_back_unchanged() {
        for text in [
            include_str!("../../assets/samples/lai-chau-2025.ntm"),
            include_str!("../../assets/samples/lang-son-2023.ntm"),
        ] {
            let plan = crate::format::load_str(text).unwrap().plan;
            let tree = Tree::of_plan(&plan);
            let back: Plan = tree.to_value().unwrap();
            assert_eq!(back, plan);
            // Fields in the model's order.
            let Tree::Map(m) = &tree else { panic!() };
            assert_eq!(m[0].0, "header");
            assert_eq!(m[1].0, "goals");
        }
    }
}
