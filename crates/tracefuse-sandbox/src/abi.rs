//! The sandbox runtime's C interface as Rust sees it (uops/sandbox/sandbox.h): the tagged
//! value word, the object kinds, and `#[repr(C)]` mirrors of its objects, frame, thread
//! state and instructions. The runtime loader passes them to the C side and the VM reads
//! the state back through them, so both build on this module rather than on each other.

use std::ffi::{c_char, c_void};

/// A sandbox value: a small int tagged with a low 1 bit, or an object pointer.
pub type TfValue = u64;

/// Object kinds (sandbox.h `TF_KIND_*`).
pub(crate) mod kind {
    pub const NONE: u32 = 0;
    pub const BOOL: u32 = 1;
    pub const FLOAT: u32 = 2;
    pub const LIST: u32 = 3;
    pub const RANGE_ITER: u32 = 4;
    pub const LIST_ITER: u32 = 5;
    pub const CLASS: u32 = 6;
    pub const INSTANCE: u32 = 7;
    pub const BUILTIN: u32 = 8;
}

#[repr(C)]
pub struct TfObject {
    pub(crate) refcnt: i64,
    pub(crate) kind: u32,
    pub(crate) _pad: u32,
    pub(crate) id: u64,
    pub(crate) heap_prev: *mut TfObject,
    pub(crate) heap_next: *mut TfObject,
    pub(crate) owner: *mut TfThread,
}
#[repr(C)]
pub(crate) struct TfFloat {
    pub(crate) ob: TfObject,
    pub(crate) value: f64,
}
#[repr(C)]
pub(crate) struct TfList {
    pub(crate) ob: TfObject,
    pub(crate) len: i64,
    pub(crate) cap: i64,
    pub(crate) items: *mut TfValue,
}
#[repr(C)]
pub(crate) struct TfRangeIter {
    pub(crate) ob: TfObject,
    pub(crate) next: i64,
    pub(crate) stop: i64,
    pub(crate) step: i64,
}
#[repr(C)]
pub(crate) struct TfListIter {
    pub(crate) ob: TfObject,
    pub(crate) list: *mut TfList,
    pub(crate) index: i64,
}
#[repr(C)]
pub(crate) struct TfClass {
    pub(crate) ob: TfObject,
    pub(crate) version: u64,
    pub(crate) nslots: i64,
}
#[repr(C)]
pub(crate) struct TfInstance {
    pub(crate) ob: TfObject,
    pub(crate) cls: *mut TfClass,
    pub(crate) nslots: i64,
    pub(crate) slots: [TfValue; 0],
}
#[repr(C)]
pub(crate) struct TfBuiltin {
    pub(crate) ob: TfObject,
    pub(crate) name: *const c_char,
    pub(crate) func: *const c_void,
}

#[repr(C)]
pub struct TfFrame {
    pub sp: *mut TfValue,
    pub nlocals: i64,
    pub stack_size: i64,
    pub locals: *mut TfValue,
}

#[repr(C)]
pub struct TfThread {
    pub eval_breaker: i64,
    pub ticks: i64,
    pub tick_limit: i64,
    pub error: i64,
    pub exit_kind: i64,
    pub exit_index: u64,
    pub exit_target: u64,
    pub next_id: u64,
    pub live: i64,
    pub(crate) heap: TfObject,
}

/// One instruction as the C interpreter reads it (sandbox.h `TfInst`).
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct TfInst {
    pub uop: u32,
    pub _pad: u32,
    pub oparg: u64,
    pub operand0: u64,
    pub operand1: u64,
    pub target: u64,
    pub exit_trace: i64,
}

#[repr(C)]
pub struct TfTraceCode {
    pub insts: *const TfInst,
    pub len: i64,
}

pub(crate) fn is_int(v: TfValue) -> bool {
    v & 1 == 1
}

pub(crate) fn int_value(v: TfValue) -> i64 {
    (v as i64) >> 1
}

/// The limits of a sandbox small int (63 bits).
pub const INT_MAX: i64 = i64::MAX >> 1;
pub const INT_MIN: i64 = i64::MIN >> 1;
