//! The funding-source tree and the allocation of a base amount over component contents.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What kind of source a funding node is; used for charts and for finding the
/// central budget. Optional: a node without a kind is just a named source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SourceKind {
    /// Ngân sách trung ương.
    Central,
    /// Vốn đầu tư phát triển.
    CentralInvestment,
    /// Vốn sự nghiệp / kinh phí thường xuyên.
    CentralRecurrent,
    /// Ngân sách địa phương (vốn đối ứng).
    Local,
    /// Vốn lồng ghép.
    Integrated,
    /// Vốn tín dụng.
    Credit,
    /// Doanh nghiệp.
    Enterprise,
    /// Huy động cộng đồng dân cư.
    Community,
    Other,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FundingNode {
    /// Stable key, unique in the tree ("ns-tw").
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SourceKind>,
    /// For a leaf, its amount. For a node with children, the total the plan states
    /// (checked against the sum of the children); leave it out to use the sum.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::money::opt"
    )]
    pub amount: Option<Decimal>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<FundingNode>,
}

impl Default for FundingNode {
    fn default() -> Self {
        FundingNode::root()
    }
}

impl FundingNode {
    pub fn root() -> FundingNode {
        FundingNode {
            id: "tong".into(),
            name: "Tổng nguồn vốn".into(),
            kind: None,
            amount: None,
            note: String::new(),
            children: Vec::new(),
        }
    }

    /// The node's value: its amount for a leaf, the sum of its children otherwise.
    /// A sum beyond the decimal type (impossible for a plan within its bounds) gives
    /// the largest value rather than a panic; [`FundingNode::checked_total`] says so.
    pub fn total(&self) -> Decimal {
        self.checked_total().unwrap_or(Decimal::MAX)
    }

    /// [`FundingNode::total`], or None when the sum does not fit the decimal type.
    pub fn checked_total(&self) -> Option<Decimal> {
        if self.children.is_empty() {
            Some(self.amount.unwrap_or_default())
        } else {
            self.children
                .iter()
                .try_fold(Decimal::ZERO, |acc, c| acc.checked_add(c.checked_total()?))
        }
    }

    /// Depth-first walk with each node's depth.
    pub fn walk(&self) -> Vec<(usize, &FundingNode)> {
        let mut out = Vec::new();
        fn go<'a>(n: &'a FundingNode, depth: usize, out: &mut Vec<(usize, &'a FundingNode)>) {
            out.push((depth, n));
            for c in &n.children {
                go(c, depth + 1, out);
            }
        }
        go(self, 0, &mut out);
        out
    }

    pub fn find(&self, id: &str) -> Option<&FundingNode> {
        if self.id == id {
            return Some(self);
        }
        self.children.iter().find_map(|c| c.find(id))
    }

    pub fn find_mut(&mut self, id: &str) -> Option<&mut FundingNode> {
        if self.id == id {
            return Some(self);
        }
        self.children.iter_mut().find_map(|c| c.find_mut(id))
    }

    pub fn find_kind(&self, kind: SourceKind) -> Option<&FundingNode> {
        self.walk()
            .into_iter()
            .map(|(_, n)| n)
            .find(|n| n.kind == Some(kind))
    }

    pub fn depth(&self) -> usize {
        1 + self
            .children
            .iter()
            .map(FundingNode::depth)
            .max()
            .unwrap_or(0)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Allocation {
    /// The funding node whose amount is split (Lai Châu: the central budget).
    pub base: String,
    pub lines: Vec<AllocationLine>,
    /// Nội dung chưa phân bổ chi tiết.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unallocated: Option<Unallocated>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllocationLine {
    /// Component content code.
    pub component: String,
    #[serde(with = "super::money")]
    pub amount: Decimal,
    /// The share the plan prints, in percent ("76.73").
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::money::opt"
    )]
    pub stated_share: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unallocated {
    #[serde(with = "super::money")]
    pub amount: Decimal,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "super::money::opt"
    )]
    pub stated_share: Option<Decimal>,
}
