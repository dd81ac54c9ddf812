/**
 * Every pattern family, one folder per category and one file per language.
 * Generated list, kept by hand: add a language file here when you add it to a family.
 * (A test checks that every file on disk is listed.)
 */
import type { Category, Language } from '../categories';
import type { PatternEntry } from '../schema';

import platform_move_en from './platform-move/en';
import platform_move_es from './platform-move/es';
import platform_move_pt from './platform-move/pt';
import platform_move_de from './platform-move/de';
import platform_move_fr from './platform-move/fr';
import platform_move_it from './platform-move/it';
import platform_move_nl from './platform-move/nl';
import platform_move_pl from './platform-move/pl';
import image_request_en from './image-request/en';
import image_request_es from './image-request/es';
import image_request_pt from './image-request/pt';
import image_request_de from './image-request/de';
import image_request_fr from './image-request/fr';
import image_request_it from './image-request/it';
import image_request_nl from './image-request/nl';
import image_request_pl from './image-request/pl';
import reciprocity_en from './reciprocity/en';
import reciprocity_es from './reciprocity/es';
import reciprocity_pt from './reciprocity/pt';
import reciprocity_de from './reciprocity/de';
import reciprocity_fr from './reciprocity/fr';
import reciprocity_it from './reciprocity/it';
import reciprocity_nl from './reciprocity/nl';
import reciprocity_pl from './reciprocity/pl';
import secrecy_en from './secrecy/en';
import secrecy_es from './secrecy/es';
import secrecy_pt from './secrecy/pt';
import secrecy_de from './secrecy/de';
import secrecy_fr from './secrecy/fr';
import secrecy_it from './secrecy/it';
import secrecy_nl from './secrecy/nl';
import secrecy_pl from './secrecy/pl';
import personal_probe_en from './personal-probe/en';
import personal_probe_es from './personal-probe/es';
import personal_probe_pt from './personal-probe/pt';
import personal_probe_de from './personal-probe/de';
import personal_probe_fr from './personal-probe/fr';
import personal_probe_it from './personal-probe/it';
import personal_probe_nl from './personal-probe/nl';
import personal_probe_pl from './personal-probe/pl';
import flattery_en from './flattery/en';
import flattery_es from './flattery/es';
import flattery_pt from './flattery/pt';
import flattery_de from './flattery/de';
import flattery_fr from './flattery/fr';
import flattery_it from './flattery/it';
import flattery_nl from './flattery/nl';
import flattery_pl from './flattery/pl';
import sexualization_en from './sexualization/en';
import sexualization_es from './sexualization/es';
import sexualization_pt from './sexualization/pt';
import sexualization_de from './sexualization/de';
import sexualization_fr from './sexualization/fr';
import sexualization_it from './sexualization/it';
import sexualization_nl from './sexualization/nl';
import sexualization_pl from './sexualization/pl';
import offer_en from './offer/en';
import offer_es from './offer/es';
import offer_pt from './offer/pt';
import offer_de from './offer/de';
import offer_fr from './offer/fr';
import offer_it from './offer/it';
import offer_nl from './offer/nl';
import offer_pl from './offer/pl';
import meet_request_en from './meet-request/en';
import meet_request_es from './meet-request/es';
import meet_request_pt from './meet-request/pt';
import meet_request_de from './meet-request/de';
import meet_request_fr from './meet-request/fr';
import meet_request_it from './meet-request/it';
import meet_request_nl from './meet-request/nl';
import meet_request_pl from './meet-request/pl';
import leverage_claim_en from './leverage-claim/en';
import leverage_claim_es from './leverage-claim/es';
import leverage_claim_pt from './leverage-claim/pt';
import leverage_claim_de from './leverage-claim/de';
import leverage_claim_fr from './leverage-claim/fr';
import leverage_claim_it from './leverage-claim/it';
import leverage_claim_nl from './leverage-claim/nl';
import leverage_claim_pl from './leverage-claim/pl';
import threat_to_share_en from './threat-to-share/en';
import threat_to_share_es from './threat-to-share/es';
import threat_to_share_pt from './threat-to-share/pt';
import threat_to_share_de from './threat-to-share/de';
import threat_to_share_fr from './threat-to-share/fr';
import threat_to_share_it from './threat-to-share/it';
import threat_to_share_nl from './threat-to-share/nl';
import threat_to_share_pl from './threat-to-share/pl';
import payment_demand_en from './payment-demand/en';
import payment_demand_es from './payment-demand/es';
import payment_demand_pt from './payment-demand/pt';
import payment_demand_de from './payment-demand/de';
import payment_demand_fr from './payment-demand/fr';
import payment_demand_it from './payment-demand/it';
import payment_demand_nl from './payment-demand/nl';
import payment_demand_pl from './payment-demand/pl';
import coercion_en from './coercion/en';
import coercion_es from './coercion/es';
import coercion_pt from './coercion/pt';
import coercion_de from './coercion/de';
import coercion_fr from './coercion/fr';
import coercion_it from './coercion/it';
import coercion_nl from './coercion/nl';
import coercion_pl from './coercion/pl';
import physical_threat_en from './physical-threat/en';
import physical_threat_es from './physical-threat/es';
import physical_threat_pt from './physical-threat/pt';
import physical_threat_de from './physical-threat/de';
import physical_threat_fr from './physical-threat/fr';
import physical_threat_it from './physical-threat/it';
import physical_threat_nl from './physical-threat/nl';
import physical_threat_pl from './physical-threat/pl';
import selfharm_leverage_en from './self-harm-leverage/en';
import selfharm_leverage_es from './self-harm-leverage/es';
import selfharm_leverage_pt from './self-harm-leverage/pt';
import selfharm_leverage_de from './self-harm-leverage/de';
import selfharm_leverage_fr from './self-harm-leverage/fr';
import selfharm_leverage_it from './self-harm-leverage/it';
import selfharm_leverage_nl from './self-harm-leverage/nl';
import selfharm_leverage_pl from './self-harm-leverage/pl';
import fabrication_threat_en from './fabrication-threat/en';
import fabrication_threat_es from './fabrication-threat/es';
import fabrication_threat_pt from './fabrication-threat/pt';
import fabrication_threat_de from './fabrication-threat/de';
import fabrication_threat_fr from './fabrication-threat/fr';
import fabrication_threat_it from './fabrication-threat/it';
import fabrication_threat_nl from './fabrication-threat/nl';
import fabrication_threat_pl from './fabrication-threat/pl';
import self_disclosure_en from './self-disclosure/en';
import self_disclosure_es from './self-disclosure/es';
import self_disclosure_pt from './self-disclosure/pt';
import self_disclosure_de from './self-disclosure/de';
import self_disclosure_fr from './self-disclosure/fr';
import self_disclosure_it from './self-disclosure/it';
import self_disclosure_nl from './self-disclosure/nl';
import self_disclosure_pl from './self-disclosure/pl';

export const FAMILIES: Record<Category, Record<Language, PatternEntry[]>> = {
  'platform-move': { en: platform_move_en, es: platform_move_es, pt: platform_move_pt, de: platform_move_de, fr: platform_move_fr, it: platform_move_it, nl: platform_move_nl, pl: platform_move_pl },
  'image-request': { en: image_request_en, es: image_request_es, pt: image_request_pt, de: image_request_de, fr: image_request_fr, it: image_request_it, nl: image_request_nl, pl: image_request_pl },
  'reciprocity': { en: reciprocity_en, es: reciprocity_es, pt: reciprocity_pt, de: reciprocity_de, fr: reciprocity_fr, it: reciprocity_it, nl: reciprocity_nl, pl: reciprocity_pl },
  'secrecy': { en: secrecy_en, es: secrecy_es, pt: secrecy_pt, de: secrecy_de, fr: secrecy_fr, it: secrecy_it, nl: secrecy_nl, pl: secrecy_pl },
  'personal-probe': { en: personal_probe_en, es: personal_probe_es, pt: personal_probe_pt, de: personal_probe_de, fr: personal_probe_fr, it: personal_probe_it, nl: personal_probe_nl, pl: personal_probe_pl },
  'flattery': { en: flattery_en, es: flattery_es, pt: flattery_pt, de: flattery_de, fr: flattery_fr, it: flattery_it, nl: flattery_nl, pl: flattery_pl },
  'sexualization': { en: sexualization_en, es: sexualization_es, pt: sexualization_pt, de: sexualization_de, fr: sexualization_fr, it: sexualization_it, nl: sexualization_nl, pl: sexualization_pl },
  'offer': { en: offer_en, es: offer_es, pt: offer_pt, de: offer_de, fr: offer_fr, it: offer_it, nl: offer_nl, pl: offer_pl },
  'meet-request': { en: meet_request_en, es: meet_request_es, pt: meet_request_pt, de: meet_request_de, fr: meet_request_fr, it: meet_request_it, nl: meet_request_nl, pl: meet_request_pl },
  'leverage-claim': { en: leverage_claim_en, es: leverage_claim_es, pt: leverage_claim_pt, de: leverage_claim_de, fr: leverage_claim_fr, it: leverage_claim_it, nl: leverage_claim_nl, pl: leverage_claim_pl },
  'threat-to-share': { en: threat_to_share_en, es: threat_to_share_es, pt: threat_to_share_pt, de: threat_to_share_de, fr: threat_to_share_fr, it: threat_to_share_it, nl: threat_to_share_nl, pl: threat_to_share_pl },
  'payment-demand': { en: payment_demand_en, es: payment_demand_es, pt: payment_demand_pt, de: payment_demand_de, fr: payment_demand_fr, it: payment_demand_it, nl: payment_demand_nl, pl: payment_demand_pl },
  'coercion': { en: coercion_en, es: coercion_es, pt: coercion_pt, de: coercion_de, fr: coercion_fr, it: coercion_it, nl: coercion_nl, pl: coercion_pl },
  'physical-threat': { en: physical_threat_en, es: physical_threat_es, pt: physical_threat_pt, de: physical_threat_de, fr: physical_threat_fr, it: physical_threat_it, nl: physical_threat_nl, pl: physical_threat_pl },
  'self-harm-leverage': { en: selfharm_leverage_en, es: selfharm_leverage_es, pt: selfharm_leverage_pt, de: selfharm_leverage_de, fr: selfharm_leverage_fr, it: selfharm_leverage_it, nl: selfharm_leverage_nl, pl: selfharm_leverage_pl },
  'fabrication-threat': { en: fabrication_threat_en, es: fabrication_threat_es, pt: fabrication_threat_pt, de: fabrication_threat_de, fr: fabrication_threat_fr, it: fabrication_threat_it, nl: fabrication_threat_nl, pl: fabrication_threat_pl },
  'self-disclosure': { en: self_disclosure_en, es: self_disclosure_es, pt: self_disclosure_pt, de: self_disclosure_de, fr: self_disclosure_fr, it: self_disclosure_it, nl: self_disclosure_nl, pl: self_disclosure_pl },
};
