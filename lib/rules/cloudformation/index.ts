export { default as CustomResourceEffectKnown } from './CustomResourceEffectKnown';
export { default as CustomResourceNotPublic } from './CustomResourceNotPublic';
