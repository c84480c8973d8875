export { default as CustomResourceEffectKnown } from './CustomResourceEffectKnown';
